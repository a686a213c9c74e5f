import GRDB

/// The tables of payments, exchange rates, explicit counterparties and account attributes. Created beside the
/// browsing schema and safe to run on every start, so databases made before payments existed gain them.
enum PaymentSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS transaction_request(
                id TEXT PRIMARY KEY, bank_id TEXT NOT NULL, account_id TEXT NOT NULL, type TEXT NOT NULL,
                status TEXT NOT NULL, details TEXT NOT NULL, currency TEXT NOT NULL, amount TEXT NOT NULL,
                description TEXT NOT NULL, charge_policy TEXT NOT NULL,
                to_bank_id TEXT NOT NULL, to_account_id TEXT NOT NULL, to_name TEXT NOT NULL, to_routing TEXT NOT NULL,
                user_id TEXT NOT NULL, start_date INTEGER NOT NULL, end_date INTEGER NOT NULL,
                transaction_ids TEXT NOT NULL, challenge_id TEXT NOT NULL, challenge_attempts INTEGER NOT NULL,
                debit_amount TEXT NOT NULL, credit_currency TEXT NOT NULL, credit_amount TEXT NOT NULL,
                rate TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS transaction_request_by_account
                ON transaction_request(bank_id, account_id, start_date);
            CREATE TABLE IF NOT EXISTS fx_rate(
                bank_id TEXT NOT NULL, from_currency TEXT NOT NULL, to_currency TEXT NOT NULL,
                conversion_value TEXT NOT NULL, inverse_conversion_value TEXT NOT NULL, effective_date INTEGER NOT NULL,
                PRIMARY KEY(bank_id, from_currency, to_currency)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS explicit_counterparty(
                id TEXT PRIMARY KEY, bank_id TEXT NOT NULL, account_id TEXT NOT NULL, view_id TEXT NOT NULL,
                name TEXT NOT NULL, description TEXT NOT NULL, currency TEXT NOT NULL, created_by_user_id TEXT NOT NULL,
                other_bank_routing_scheme TEXT NOT NULL, other_bank_routing_address TEXT NOT NULL,
                other_branch_routing_scheme TEXT NOT NULL, other_branch_routing_address TEXT NOT NULL,
                other_account_routing_scheme TEXT NOT NULL, other_account_routing_address TEXT NOT NULL,
                other_account_secondary_routing_scheme TEXT NOT NULL,
                other_account_secondary_routing_address TEXT NOT NULL,
                is_beneficiary INTEGER NOT NULL, bespoke TEXT NOT NULL,
                UNIQUE(bank_id, account_id, view_id, name));
            CREATE TABLE IF NOT EXISTS account_attribute(
                id TEXT PRIMARY KEY, bank_id TEXT NOT NULL, account_id TEXT NOT NULL, product_code TEXT NOT NULL,
                name TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, product_instance_code TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS account_attribute_by_account ON account_attribute(bank_id, account_id, name);
            CREATE TABLE IF NOT EXISTS product(
                bank_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(bank_id, code)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS product_attribute(
                id TEXT PRIMARY KEY, bank_id TEXT NOT NULL, product_code TEXT NOT NULL, name TEXT NOT NULL,
                type TEXT NOT NULL, value TEXT NOT NULL);
            """)
    }
}
