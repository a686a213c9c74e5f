/// OBP's sandbox import format (`/obp/vX/sandbox/data-import`), the parts the sandbox serves.
struct OBPImportFile: Decodable, Sendable {
    struct Bank: Decodable, Sendable {
        let id: String
        let short_name: String
        let full_name: String
        let logo: String?
        let website: String?
    }

    struct User: Decodable, Sendable {
        let email: String
        let password: String
        let user_name: String
    }

    struct Amount: Decodable, Sendable {
        let currency: String
        let amount: String
    }

    struct Account: Decodable, Sendable {
        let id: String
        let bank: String
        let label: String?
        let number: String?
        let type: String?
        let balance: Amount
        let IBAN: String?
        let owners: [String]
        let generate_public_view: Bool?
        let generate_accountants_view: Bool?
        let generate_auditors_view: Bool?
    }

    struct Transaction: Decodable, Sendable {
        struct ThisAccount: Decodable, Sendable {
            let id: String
            let bank: String
        }

        struct Counterparty: Decodable, Sendable {
            let name: String?
            let account_number: String?
        }

        struct Details: Decodable, Sendable {
            let type: String?
            let description: String?
            let posted: String
            let completed: String?
            let new_balance: String
            let value: String
        }

        let id: String
        let this_account: ThisAccount
        let counterparty: Counterparty?
        let details: Details
    }

    struct Branch: Decodable, Sendable {
        struct Address: Decodable, Sendable {
            let line_1: String?
            let line_2: String?
            let line_3: String?
            let city: String?
            let county: String?
            let state: String?
            let post_code: String?
            let country_code: String?
        }

        struct Location: Decodable, Sendable {
            let latitude: Double
            let longitude: Double
        }

        struct Hours: Decodable, Sendable {
            let hours: String?
        }

        let id: String
        let bank_id: String
        let name: String
        let address: Address?
        let location: Location?
        let lobby: Hours?
        let drive_up: Hours?
    }

    struct Product: Decodable, Sendable {
        let bank_id: String
        let code: String
        let name: String?
    }

    let banks: [Bank]
    let users: [User]
    let accounts: [Account]
    let transactions: [Transaction]
    let branches: [Branch]?
    let products: [Product]?
}
