import BankKit
import Foundation
import Sandbox

extension EndToEndTests {
    /// The demo user's own client of `server`, to check over HTTP what the browser did.
    static func demoClient(of server: SandboxServer) -> OBPProvider {
        OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL,
            credentials: DirectLoginCredentials(username: DemoCredentials.username, password: DemoCredentials.password,
                                                consumerKey: DemoCredentials.consumerKey)))
    }

    /// A private script that runs `bankterm ui` logged in to `server` as the demo user, then says how it exited and
    /// stays, so the pane keeps its last screen. The password reaches bankterm through the script's environment,
    /// never through argv.
    static func browserScript(in home: URL, server: SandboxServer, binary: URL) throws -> URL {
        try script(in: home, binary: binary, arguments: "--base-url '\(server.baseURL)' --username "
                   + "'\(DemoCredentials.username)' --consumer-key '\(DemoCredentials.consumerKey)' ui",
                   environment: "BANKTERM_PASSWORD='\(DemoCredentials.password)'")
    }

    /// The same for `bankterm demo` with `arguments` before `demo` (`--provider op`): it needs no login.
    /// `environment` is shell assignments (`EDITOR='...'`) exported before it starts.
    static func demoScript(in home: URL, binary: URL, arguments: String = "", environment: String = "") throws -> URL {
        try script(in: home, binary: binary, arguments: arguments + " demo --generate 10", environment: environment)
    }

    private static func script(in home: URL, binary: URL, arguments: String, environment: String = "") throws -> URL {
        let script = home.appendingPathComponent("run.sh")
        try """
        #!/bin/sh
        export XDG_CONFIG_HOME='\(home.path)/config' XDG_STATE_HOME='\(home.path)/state' XDG_DATA_HOME='\(home.path)/data'
        export \(environment) TERM=xterm-256color
        '\(binary.path)' \(arguments)
        printf 'EXITED rc=%s\\n' "$?"
        sleep 600
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        return script
    }
}
