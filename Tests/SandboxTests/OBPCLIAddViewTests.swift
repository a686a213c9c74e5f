import Foundation
import Testing
@testable import Sandbox

/// OBP-CLI's `obp addview` (obp-python's createView) against the sandbox, with the body it sends unchanged: v3.1.0,
/// the older `Authorization: DirectLogin token="..."` header, `is_public` always true, `metadata_view` `_test`,
/// an empty alias and its whole list of action names, some of which only OBP's request reader knows
/// (`can_see_narrative`, `can_edit_narrative`, `can_see_transaction_label`, `can_create_counterparty`).
struct OBPCLIAddViewTests {
    /// obp-python's `possible_actions`, the help text users paste into `--allowed-actions`.
    static let possibleActions = """
        can_see_transaction_this_bank_account,can_see_transaction_other_bank_account,can_see_transaction_metadata,\
        can_see_transaction_label,can_see_transaction_amount,can_see_transaction_type,can_see_transaction_currency,\
        can_see_transaction_start_date,can_see_transaction_finish_date,can_see_transaction_balance,can_see_comments,\
        can_see_narrative,can_see_tags,can_see_images,can_see_bank_account_owners,can_see_bank_account_type,\
        can_see_bank_account_balance,can_see_bank_account_currency,can_see_bank_account_label,\
        can_see_bank_account_national_identifier,can_see_bank_account_swift_bic,can_see_bank_account_iban,\
        can_see_bank_account_number,can_see_bank_account_bank_name,can_see_other_account_national_identifier,\
        can_see_other_account_swift_bic,can_see_other_account_iban,can_see_other_account_bank_name,\
        can_see_other_account_number,can_see_other_account_metadata,can_see_other_account_kind,can_see_more_info,\
        can_see_url,can_see_image_url,can_see_open_corporates_url,can_see_corporate_location,can_see_physical_location,\
        can_see_public_alias,can_see_private_alias,can_add_more_info,can_add_url,can_add_image_url,\
        can_add_open_corporates_url,can_add_corporate_location,can_add_physical_location,can_add_public_alias,\
        can_add_private_alias,can_delete_corporate_location,can_delete_physical_location,can_edit_narrative,\
        can_add_comment,can_delete_comment,can_add_tag,can_delete_tag,can_add_image,can_delete_image,can_add_where_tag,\
        can_see_where_tag,can_delete_where_tag,can_create_counterparty,can_see_bank_routing_scheme,\
        can_see_bank_routing_address,can_see_bank_account_routing_scheme,can_see_bank_account_routing_address,\
        can_see_other_bank_routing_scheme,can_see_other_bank_routing_address,can_see_other_account_routing_scheme,\
        can_see_other_account_routing_address,can_query_available_funds
        """

    @Test("obp addview's body, as OBP-CLI sends it to v3.1.0, makes the view")
    func addViewAsOBPCLISendsIt() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login(ViewsClient.owner.0, ViewsClient.owner.1)
            let body: [String: Any] = [
                "name": "_cli", "description": "made by obp addview", "metadata_view": "_test", "is_public": true,
                "which_alias_to_use": "", "hide_metadata_if_alias_used": false,
                "allowed_actions": Self.possibleActions.split(separator: ",").map(String.init),
            ]
            let path = "/obp/v3.1.0/banks/\(ViewsClient.bank)/accounts/\(ViewsClient.account)/views"
            let created = try await sandbox.request("POST", path, headers: [
                "Authorization": "DirectLogin token=\"\(token)\"", "Content-Type": "application/json",
            ], json: body)
            #expect(created.status == 201, "\(created.text)")
            let view = try created.object()
            #expect(view["id"] as? String == "_cli")
            #expect(view["is_public"] as? Bool == true)
            #expect(view["metadata_view"] as? String == "_test")
            for key in ["can_see_owner_comment", "can_edit_owner_comment", "can_see_transaction_description",
                        "can_add_counterparty", "can_see_transaction_balance", "can_query_available_funds"] {
                #expect(view[key] as? Bool == true, "\(key) is on")
            }
            #expect(view["can_see_bank_account_credit_limit"] as? Bool == false, "a flag it did not name stays off")
            let listed = try await sandbox.get(path, token: token)
            #expect(listed.text.contains("\"_cli\""))
        }
    }
}
