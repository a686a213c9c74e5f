/// The other banks the sandbox offers for the multibank browser flow (OP is not among them). ASSUMPTION: OP's
/// example reads only `bankId` of each provider; `name` is bankterm's.
enum OPMultibankProviders {
    static let json: JSON = .obj(["providers": .array([
        ("nordea", "Nordea"), ("danskebank", "Danske Bank"), ("handelsbanken", "Handelsbanken"),
        ("spankki", "S-Pankki"), ("aktia", "Aktia"), ("poppankki", "POP Pankki"),
        ("saastopankki", "Säästöpankki"), ("omasp", "Oma Säästöpankki"), ("alandsbanken", "Ålandsbanken"),
    ].map { JSON.obj(["bankId": .string($0.0), "name": .string($0.1)]) })])
}
