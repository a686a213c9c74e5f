"""Runs three OBP clients nobody here wrote against a running bankterm sandbox loaded with OBP's example import,
and prints one line per call and `N passed, M failed`. Started by scripts/real-clients.sh, which sets up the venv
and the sandbox; see there for the environment it needs.

A call passes when the sandbox answers as a correct OBP server would: success for calls OBP serves at that
version, OBP-10404 for an endpoint the version does not have. Calls that need another open issue's feature
(counterparties, payments, views management) are listed too; their failure says so.
"""
import importlib.util
import os
import sys
import traceback
import uuid

BASE = os.environ["SANDBOX_URL"]
HELLO_LIB = os.environ["HELLO_OBP_LIB"]
KEY = os.environ.get("CONSUMER_KEY", "bankterm-sandbox-key")
USER, PASSWORD = "Robert.X.0.GH", "X!d1edcafd"
ADMIN, ADMIN_PASSWORD = "bankterm-admin", "bankterm-admin"
BANK, ACCOUNT = "obp-bank-x-gh", "e0ec24be-5ab1-4760-9189-ad280228c134"
# Robert's other account at the bank (GBP, like ACCOUNT): the receiver of the payments below.
OTHER = "e4f001fe-0f0d-4f93-a8b2-d865077315ec"

results = []


def check(client, name, call, expect=lambda r: True, needs=None):
    """Runs `call`; `expect` gets its result and returns True or raises. `needs` names another issue's feature."""
    try:
        value = call()
        ok = expect(value)
        reason = "" if ok else "unexpected answer: %s" % str(value)[:160]
    except Exception as error:  # a client raising on an error answer is a failed call
        ok, reason = False, "%s: %s" % (type(error).__name__, str(error)[:160])
    if not ok and needs:
        reason += " [needs %s]" % needs
    results.append((client, name, ok, reason))
    print("%s %-10s %s%s" % ("PASS" if ok else "FAIL", client, name, "" if ok else "  -- " + reason), flush=True)
    return value if ok else None


def status(code):
    return lambda r: r.status_code == code or (_ for _ in ()).throw(AssertionError("%s %s" % (r.status_code, r.text[:160])))


def ok2xx(r):
    if not 200 <= r.status_code < 300:
        raise AssertionError("%s %s" % (r.status_code, r.text[:160]))
    return True


def not_served(r):
    return r.status_code == 404 and "OBP-10404" in r.text or (_ for _ in ()).throw(AssertionError("%s %s" % (r.status_code, r.text[:120])))


import requests  # noqa: E402  (installed in the venv)

# --- shared facts, read with plain HTTP ------------------------------------------------------------------------
def login(user, password):
    r = requests.post(BASE + "/my/logins/direct",
                      headers={"DirectLogin": "username=%s, password=%s, consumer_key=%s" % (user, password, KEY)})
    r.raise_for_status()
    return r.json()["token"]


TOKEN, ADMIN_TOKEN = login(USER, PASSWORD), login(ADMIN, ADMIN_PASSWORD)
AUTH = {"DirectLogin": "token=" + TOKEN}
ADMIN_AUTH = {"DirectLogin": "token=" + ADMIN_TOKEN}
USER_ID = requests.get(BASE + "/obp/v5.1.0/users/current", headers=AUTH).json()["user_id"]
TX = requests.get(BASE + "/obp/v5.1.0/banks/%s/accounts/%s/owner/transactions" % (BANK, ACCOUNT),
                  headers=dict(AUTH, obp_limit="1")).json()["transactions"][0]["id"]
SUFFIX = uuid.uuid4().hex[:8]
# Another of the user's accounts at the bank, in the same currency: the other side of the payments below.
_mine = requests.get(BASE + "/obp/v5.1.0/banks/%s/accounts/private" % BANK, headers=AUTH).json()["accounts"]
OTHER_ACCOUNT = next(a["id"] for a in _mine if a["id"] != ACCOUNT)
CURRENCY = requests.get(BASE + "/obp/v5.1.0/banks/%s/accounts/%s/owner/account" % (BANK, ACCOUNT),
                        headers=AUTH).json()["balance"]["currency"]


def payment_made(r):
    """A transaction request the server took: an id and a status, not an error."""
    if "id" not in r or "status" not in r:
        raise AssertionError(str(r)[:160])
    return True

def large_sandbox_tan():
    """A payment above the sandbox's challenge threshold, made with the library's module-level amount."""
    hello.setPaymentDetails(CURRENCY, "5000")
    try:
        return hello.createTransactionRequestV210(BANK, ACCOUNT, "SANDBOX_TAN", BANK, OTHER_ACCOUNT, None, None)
    finally:
        hello.setPaymentDetails(CURRENCY, "1.00")


# --- Hello-OBP-DirectLogin-Python's lib/obp.py --------------------------------------------------------------------
spec = importlib.util.spec_from_file_location("hello_obp_lib", HELLO_LIB)
hello = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hello)
hello.LOGGING = False
hello.setBaseUrl(BASE)
hello.setPaymentDetails(CURRENCY, "1.00")
for version in ["v1.4.0", "v2.1.0", "v2.2.0"]:
    hello.setApiVersion(version)
    c = "hello " + version
    check(c, "login", lambda: hello.login(USER, PASSWORD, KEY), lambda t: len(t) > 10)
    check(c, "getBanks", hello.getBanks, lambda b: any(x["id"] == BANK for x in b))
    if version >= "v2.0.0":
        check(c, "getCurrentUser", hello.getCurrentUser, lambda u: u["user_id"] == USER_ID)
        check(c, "getAccount", lambda: hello.getAccount(BANK, ACCOUNT), lambda a: a["id"] == ACCOUNT)
    check(c, "getPrivateAccounts", lambda: hello.getPrivateAccounts(BANK), lambda a: any(x["id"] == ACCOUNT for x in a))
    check(c, "getTransactions", lambda: hello.getTransactions(BANK, ACCOUNT), lambda t: len(t) > 0)
    check(c, "getTransaction", lambda: hello.getTransaction(BANK, ACCOUNT, TX),
          lambda t: t is None or t["id"] == TX)
    if version >= "v2.1.0":
        check(c, "getChallengeTypes", lambda: hello.getChallengeTypes(BANK, ACCOUNT), lambda t: t is not None,
              needs="payments (transaction-request-types)")
        # 1,500 GBP is above the challenge threshold (1,000 EUR): the request waits, and Hello's answer completes it.
        hello.OUR_CURRENCY, hello.OUR_VALUE = "GBP", "1500.00"
        made = check(c, "createTransactionRequestV210 (SANDBOX_TAN)",
                     lambda: hello.createTransactionRequestV210(BANK, ACCOUNT, "SANDBOX_TAN", BANK, OTHER, None, None),
                     lambda r: r["status"] == "INITIATED" and bool(r["challenge"]["id"]))
        if made is not None:
            check(c, "answerChallengeV210", lambda: hello.answerChallengeV210(BANK, ACCOUNT, made["id"], "SANDBOX_TAN",
                                                                              made["challenge"]["id"]),
                  lambda r: r["status"] == "COMPLETED" and len(r["transaction_ids"]) == 1)
    if version >= "v2.2.0":
        check(c, "getCounterparties", lambda: hello.getCounterparties(BANK, ACCOUNT), lambda t: t is not None,
              needs="counterparties (explicit counterparties)")
        party = check(c, "createCounterparty", lambda: hello.createCounterparty(
            BANK, ACCOUNT, "hello-" + SUFFIX, "OBP", OTHER_ACCOUNT, "OBP", BANK),
            lambda r: "counterparty_id" in r, needs="counterparties (explicit counterparties)")
        if party is not None:
            check(c, "createTransactionRequestV210 COUNTERPARTY", lambda: hello.createTransactionRequestV210(
                BANK, ACCOUNT, "COUNTERPARTY", None, None, party["counterparty_id"], None), payment_made,
                needs="payments")
        check(c, "createTransactionRequestV210 SEPA", lambda: hello.createTransactionRequestV210(
            BANK, ACCOUNT, "SEPA", None, None, None, "DE89370400440532013000"), payment_made, needs="payments")
    if version >= "v2.1.0":
        check(c, "createTransactionRequestV210 SANDBOX_TAN", lambda: hello.createTransactionRequestV210(
            BANK, ACCOUNT, "SANDBOX_TAN", BANK, OTHER_ACCOUNT, None, None), payment_made, needs="payments")
        big = check(c, "createTransactionRequestV210 SANDBOX_TAN (challenged)", large_sandbox_tan,
                    lambda r: (r.get("challenge") or {}).get("id") is not None, needs="payments")
        if big is not None:
            check(c, "answerChallengeV210", lambda: hello.answerChallengeV210(
                BANK, ACCOUNT, big["id"], "SANDBOX_TAN", big["challenge"]["id"]), payment_made, needs="payments")
    hello.setToken(ADMIN_TOKEN)
    if version >= "v2.0.0":
        check(c, "getAllEntitlements (admin)", hello.getAllEntitlements, lambda e: len(e["list"]) > 0)
        role = {"v1.4.0": "", "v2.1.0": "CanGetCustomers", "v2.2.0": "CanGetCustomer"}[version]
        check(c, "addEntitlement (admin)", lambda: hello.addEntitlement(role, USER_ID, BANK),
              lambda text: '"role_name":"%s"' % role in text.replace(" ", ""))
        check(c, "addRole (admin)", lambda: hello.addRole("CanGetAnyUser" if version == "v2.1.0"
                                                      else "CanGetEntitlementsForAnyUserAtAnyBank", USER_ID),
              lambda text: "entitlement_id" in text)
    if version >= "v2.1.0":
        check(c, "getEntitlements (admin)", lambda: hello.getEntitlements(USER_ID, BANK), lambda e: "list" in e)
    hello.setToken(TOKEN)

# --- OBP-CLI (obp-python) -----------------------------------------------------------------------------------------
os.environ.update(OBP_API_HOST=BASE, OBP_USERNAME=USER, OBP_PASSWORD=PASSWORD, OBP_CONSUMER_KEY=KEY,
                  OBP_AUTH_TOKEN=TOKEN, OBP_USER_ID=USER_ID)
# The package's __init__ re-exports some functions under their modules' names; take the modules themselves.
(addRole, addUser, auth_direct_login, createCustomer, createUser, getAccount, getAccountsHeld, getAccountTransactions,
 getBanks, getEntitlementsCurrentUser, getUserId, linkUserToCustomer) = (
    importlib.import_module("obp_python." + name) for name in [
        "addRole", "addUser", "auth_direct_login", "createCustomer", "createUser", "getAccount", "getAccountsHeld",
        "getAccountTransactions", "getBanks", "getEntitlementsCurrentUser", "getUserId", "linkUserToCustomer"])
c = "obp-cli"
check(c, "getAuthToken", lambda: auth_direct_login.getAuthToken(), status(201))
check(c, "getBanks", getBanks.getBanks, ok2xx)
check(c, "getUserId", getUserId.getUserId, ok2xx)
check(c, "getAccountsHeld", lambda: getAccountsHeld.getAccountsHeld(BANK), ok2xx)
check(c, "getAccountById", lambda: getAccount.getAccountById(BANK, ACCOUNT), ok2xx)
check(c, "getAccountTransactions", lambda: getAccountTransactions.getAccountTransactions(BANK, ACCOUNT, "owner"), ok2xx)
check(c, "getEntitlementsCurrentUser", getEntitlementsCurrentUser.getEntitlementsCurrentUser, lambda e: e is not None)
check(c, "createUser", lambda: createUser.createUser("cli-%s" % SUFFIX, "cli-%s@example.com" % SUFFIX,
                                                     "Cli-password-%s!" % SUFFIX, "Cli", "User"), status(201))
check(c, "addUser", lambda: addUser.addUser("add-%s@example.com" % SUFFIX, "add-%s" % SUFFIX, "Add-password-1!x",
                                            "Add", "User"), status(201))
os.environ["OBP_AUTH_TOKEN"] = ADMIN_TOKEN
check(c, "addRole (admin grants)", lambda: addRole.addRole("CanCreateCustomerAtAnyBank", None, USER_ID), status(201))
customer = check(c, "createCustomer (admin)", lambda: createCustomer.createCustomer(
    username=USER, bank_id=BANK, customer_number="cli-%s" % SUFFIX, legal_name="Robert X", mobile_phone_number="+4912345",
    email="robert@example.com", face_image_url="https://example.com/r.png", face_image_date="2020-01-01T00:00:00Z",
    date_of_birth="1980-01-01T00:00:00Z", relationship_status="single", dependants=1, dob_of_dependants=["2017-09-19T00:00:00Z"],
    credit_rating_rating="A", credit_rating_source="OBP", credit_limit_currency="EUR", credit_limit_amount="100",
    highest_education_attained="Master", employment_status="worker", kyc_status=True,
    last_ok_date="2020-01-01T00:00:00Z", title="Dr", branch_id="b1", name_suffix=""), status(201))
if customer is not None:
    check(c, "linkUserToCustomer (admin)", lambda: linkUserToCustomer.linkUserToCustomer(
        BANK, USER_ID, customer.json()["customer_id"]), status(201))
os.environ["OBP_AUTH_TOKEN"] = TOKEN
# Payments, accounts and rates. createTransaction answers a challenge itself, through the receiver's account path,
# which is no payer of the request: below the threshold there is none; above it answerTransactionChallenge is
# called as a script would, on the paying account.
createTransaction, answerTransactionChallenge, createAccount, addFx = (
    importlib.import_module("obp_python." + name) for name in ["createTransaction", "answerTransactionChallenge",
                                                                "createAccount", "addFx"])
check(c, "createTransaction (below the threshold)", lambda: createTransaction.createTransaction(
    from_account_id=ACCOUNT, from_bank_id=BANK, to_account_id=OTHER, to_bank_id=BANK, currency="GBP", amount="12.50",
    description="obp-cli " + SUFFIX), lambda r: status(201)(r) and r.json()["status"] == "COMPLETED")
waiting = requests.post(BASE + "/obp/v2.2.0/banks/%s/accounts/%s/owner/transaction-request-types/SANDBOX_TAN/"
                        "transaction-requests" % (BANK, ACCOUNT), headers=AUTH,
                        json={"to": {"bank_id": BANK, "account_id": OTHER}, "value": {"currency": "GBP", "amount": "2000"},
                              "description": "to answer"}).json()
check(c, "answerTransactionChallenge", lambda: answerTransactionChallenge.answerTransactionChallenge(
    bank_id=BANK, account_id=ACCOUNT, transation_req_id=waiting["id"], challenge_id=waiting["challenge"]["id"]),
      lambda r: ok2xx(r) and r.json()["status"] == "COMPLETED")
check(c, "createAccount (addaccount)", lambda: createAccount.createAccount(
    bankid=BANK, userid=USER_ID, currency="GBP", label="cli " + SUFFIX, type="CURRENT", branchid="",
    accountid="cli-" + SUFFIX), status(201))
os.environ["OBP_AUTH_TOKEN"] = ADMIN_TOKEN
check(c, "addFx (admin)", lambda: addFx.addFx(bank_id=BANK, from_currency="GBP", to_currency="EUR",
                                              conversion_value="1.17", inverse_conversion_value="0.854",
                                              effective_date="2026-01-01T00:00:00Z"), ok2xx)
os.environ["OBP_AUTH_TOKEN"] = TOKEN
# Views: `obp addview` (createView, at v3.1.0, public, with its whole possible_actions list). Its deleteViewById
# exits before any request (it checks an empty entitlement list and calls that an error), so it is not run.
createView = importlib.import_module("obp_python.createView")
cli_view = "_cli" + SUFFIX
check(c, "createView (addview)", lambda: createView.createView(
    bank_id=BANK, account_id=ACCOUNT, name=cli_view, description="made by obp-python", metadata_view=cli_view,
    which_alias_to_use="public", allowed_actions=createView.possible_actions),
      lambda r: status(201)(r) and r.json()["id"] == cli_view and r.json()["is_public"] is True)

# --- the obp-api SDK ----------------------------------------------------------------------------------------------
import obp_api  # noqa: E402

sdk = obp_api.ObpAPI(base_url=BASE, default_headers=AUTH, max_retries=0)
admin_sdk = obp_api.ObpAPI(base_url=BASE, default_headers=ADMIN_AUTH, max_retries=0)
c = "obp-api"
path = dict(bank_id=BANK, account_id=ACCOUNT)
tx = dict(path, view_id="owner", transaction_id=TX)
check(c, "api.root", lambda: sdk.api.root())
check(c, "banks.list", lambda: sdk.banks.list())
check(c, "banks.retrieve", lambda: sdk.banks.retrieve(BANK))
check(c, "banks.branches.list", lambda: sdk.banks.branches.list(BANK))
check(c, "banks.balances.list", lambda: sdk.banks.balances.list(BANK))
check(c, "banks.accounts.accounts.list", lambda: sdk.banks.accounts.list(BANK))
check(c, "banks.accounts.account.retrieve", lambda: sdk.banks.accounts.account.retrieve(**path))
check(c, "banks.accounts.transactions.list", lambda: sdk.banks.accounts.transactions.list(**path))
check(c, "banks.accounts.views.views.list", lambda: sdk.banks.accounts.views.list(**path))
check(c, "banks.accounts.views.views.retrieve", lambda: sdk.banks.accounts.views.retrieve(view_id="owner", **path))
check(c, "banks.accounts.views.transactions.list",
      lambda: sdk.banks.accounts.views.transactions.list(view_id="owner", **path))
check(c, "accounts.accounts.list", lambda: sdk.accounts.list())
check(c, "accounts.public.list", lambda: sdk.accounts.public.list())
check(c, "accounts.balances.retrieve", lambda: sdk.accounts.balances.retrieve(**path))
check(c, "accounts.view.view.retrieve", lambda: sdk.accounts.view.retrieve(view_id="owner", **path))
check(c, "accounts_held.list", lambda: sdk.accounts_held.list(BANK))
check(c, "bank_accounts.private.list", lambda: sdk.bank_accounts.private.list(BANK))
check(c, "bank_accounts.public.list", lambda: sdk.bank_accounts.public.list(BANK))
check(c, "bank_accounts.account_ids.private.list", lambda: sdk.bank_accounts.account_ids.private.list(BANK))
check(c, "entitlements.list", lambda: sdk.entitlements.list())
check(c, "transactions.transaction.retrieve", lambda: sdk.transactions.transaction.retrieve(**tx))
check(c, "transactions.other_account.retrieve", lambda: sdk.transactions.other_account.retrieve(**tx))
check(c, "accounts.views.counterparties.list",
      lambda: sdk.accounts.views.counterparties.list(view_id="owner", **path))
for kind in ["tags", "comments", "images"]:
    check(c, "transactions.metadata.%s.list" % kind, lambda k=kind: getattr(sdk.transactions.metadata, k).list(**tx))
check(c, "transactions.metadata.tags.create",
      lambda: sdk.transactions.metadata.tags.create(body={"value": "sdk-" + SUFFIX}, **tx))
check(c, "transactions.metadata.comments.create",
      lambda: sdk.transactions.metadata.comments.create(body={"value": "from the sdk"}, **tx))
check(c, "transactions.metadata.narrative.create",
      lambda: sdk.transactions.metadata.narrative.create(body={"narrative": "sdk"}, **tx))
check(c, "transactions.metadata.narrative.retrieve", lambda: sdk.transactions.metadata.narrative.retrieve(**tx))
check(c, "transactions.metadata.where.create",
      lambda: sdk.transactions.metadata.where.create(body={"where": {"latitude": 1.5, "longitude": 2.5}}, **tx))
check(c, "transactions.metadata.where.retrieve", lambda: sdk.transactions.metadata.where.retrieve(**tx))
check(c, "users.users.create", lambda: sdk.users.create(body={
    "email": "sdk-%s@example.com" % SUFFIX, "username": "sdk-" + SUFFIX, "password": "Sdk-password-1!",
    "first_name": "S", "last_name": "D"}))
new_customer = check(c, "customers.customers.create (admin)", lambda: admin_sdk.customers.create(
    BANK, body={"legal_name": "SDK Customer", "mobile_phone_number": "+358401234567", "customer_number": "sdk-" + SUFFIX}))
if new_customer is not None:
    cid = new_customer.json()["customer_id"]  # the SDK answers this call with a raw (binary) response
    check(c, "customers.customers.retrieve (admin)", lambda: admin_sdk.customers.retrieve(cid, bank_id=BANK))
    check(c, "customers.social_media_handles.create (admin)", lambda: admin_sdk.customers.social_media_handles.create(
        cid, bank_id=BANK, body={"customer_number": "sdk-" + SUFFIX, "type": "twitter", "handle": "@sdk",
                                 "date_added": "2020-01-01T00:00:00Z", "date_activated": "2020-01-01T00:00:00Z"}))
    check(c, "customers.social_media_handles.list (admin)",
          lambda: admin_sdk.customers.social_media_handles.list(cid, bank_id=BANK))
    check(c, "user_customer_links.create (admin)", lambda: admin_sdk.user_customer_links.create(
        BANK, body={"user_id": USER_ID, "customer_id": cid}))
check(c, "user_customer_links.users.list (admin)",
      lambda: admin_sdk.user_customer_links.users.list(USER_ID, bank_id=BANK))

passed = sum(1 for r in results if r[2])
print("%d passed, %d failed" % (passed, len(results) - passed))
sys.exit(0 if passed == len(results) else 1)
