import Foundation
import _CryptoExtras

/// The merchant's RSA private key, which signs every OP Online Payment request. Read from a PEM file that only its
/// owner may read (mode 0600, as ssh insists), kept in memory, and never printed: its description, and every error
/// about it, names the file and not the key.
public struct OPMerchantKey: Sendable, CustomStringConvertible {
    private let key: _RSA.Signing.PrivateKey
    /// Where the key came from, for messages.
    public let source: String

    /// A key given as PEM text (PKCS#8 `PRIVATE KEY` or PKCS#1 `RSA PRIVATE KEY`), e.g. the sandbox's test key.
    public init(pem: String, source: String) throws(BankError) {
        do {
            key = try _RSA.Signing.PrivateKey(pemRepresentation: pem)
        } catch {
            throw BankError(kind: .invalidInput, message: "\(source) is not an RSA private key of 2048 bits or more "
                            + "in PEM form")
        }
        self.source = source
    }

    /// Reads the key at `path`, refusing a file that group or other users may read or write, or that is not a
    /// regular file.
    public init(file path: String) throws(BankError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw BankError(kind: .invalidInput, message: "cannot read the OP private key file \(path)")
        }
        guard info.st_mode & 0o170000 == 0o100000 else {
            throw BankError(kind: .invalidInput, message: "the OP private key \(path) is not a regular file")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw BankError(kind: .invalidInput, message: "the OP private key \(path) is readable by other users: "
                            + "run chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BankError(kind: .invalidInput, message: "cannot read the OP private key file \(path)")
        }
        try self.init(pem: String(decoding: data, as: UTF8.self), source: path)
    }

    /// Writes `pem` to `path` with mode 0600 from the first byte (never readable by others, not even briefly),
    /// replacing what was there.
    public static func write(pem: String, to path: String) throws(BankError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw BankError(kind: .invalidInput, message: "cannot write the OP key file \(path)")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(pem.utf8))
        } catch {
            throw BankError(kind: .invalidInput, message: "cannot write the OP key file \(path)")
        }
    }

    /// The signature of `signature.stringToSign` in lower-case hex: RSA PKCS#1 v1.5 over SHA-256.
    public func sign(_ signature: OPSignature) throws(BankError) -> String {
        do {
            let value = try key.signature(for: signature.stringToSign, padding: .insecurePKCS1v1_5)
            return OPSignature.hex(value.rawRepresentation)
        } catch {
            throw BankError(kind: .invalidInput, message: "signing with the OP private key \(source) failed")
        }
    }

    /// The public half in PEM, to register with OP (or with the sandbox's `--op-merchant-key`).
    public var publicKeyPEM: String { key.publicKey.pemRepresentation }

    public var description: String { "OP private key (\(source))" }
}
