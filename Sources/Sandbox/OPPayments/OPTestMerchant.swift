import BankKit

/// ==================================  TEST-ONLY KEY PAIR  ==================================
/// bankterm's own RSA key pair for OP Online Payment in its sandbox, made with
/// `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`. It stands in for OP's published sandbox key,
/// which cannot be fetched here. Anyone can read this private key: it signs requests to bankterm's sandbox and
/// nothing else. Never register its public half with a real OP merchant account.
/// ==========================================================================================
public enum OPTestMerchant {
    /// The key version the sandbox registers the test public key under (OP's examples sign with `:1:0:`).
    public static let keyVersion = 0
    /// Any UUID is a merchant in OP's sandbox; this one is bankterm's demo shop.
    public static let merchantID = DerivedID.make("op-test-merchant")
    /// The demo shop's account: the business account (YRITYSTILI) of the second sandbox customer, so a completed
    /// payment shows as a credit in the accounts API.
    public static let accountID = DerivedID.make("op-account", OPSandbox.customers[1].token, "1")

    /// TEST-ONLY public key, registered with the sandbox as key version 0.
    public static let publicKeyPEM = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy94mSTHK+CF4UFWeE13A
        1zC5I4VCPwVV0crjVb09d+b8ciGm6O6x7Ov3I9QE+HBcRlMBaWSctm0aopVYJOsC
        WDF//J36V3cZ0lNHd/1XFGb4c4rc7pbw2T4durnIKse4op1IIt4dYL8Gy1/2HUaw
        Doc/Y4P9o9uT1dAozzOICGYaZ3h0Dq2GkO/+xVkgzOVbzdoCQLeCrO2eKcPzqthL
        FyXVVeJBCbiDqo91r4ot0eK30sa1BqLvvaOwBKLY3PnpU6qu0Vpf4j/RyVIcsUwJ
        8PLvLvg8dl0Lp3Tqc6a+VS+WVzvnQfnAN1Ff0n7XNGyVfW66ZtONiRj6GuxW/fos
        WQIDAQAB
        -----END PUBLIC KEY-----
        """

    /// TEST-ONLY private key. Written to disk only with mode 0600 (`OPMerchantKey.write`).
    public static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQDL3iZJMcr4IXhQ
        VZ4TXcDXMLkjhUI/BVXRyuNVvT135vxyIabo7rHs6/cj1AT4cFxGUwFpZJy2bRqi
        lVgk6wJYMX/8nfpXdxnSU0d3/VcUZvhzitzulvDZPh26ucgqx7iinUgi3h1gvwbL
        X/YdRrAOhz9jg/2j25PV0CjPM4gIZhpneHQOrYaQ7/7FWSDM5VvN2gJAt4Ks7Z4p
        w/Oq2EsXJdVV4kEJuIOqj3Wvii3R4rfSxrUGou+9o7AEotjc+elTqq7RWl/iP9HJ
        UhyxTAnw8u8u+Dx2XQundOpzpr5VL5ZXO+dB+cA3UV/Sftc0bJV9brpm042JGPoa
        7Fb9+ixZAgMBAAECggEAA+DHRv/U0JYyZ7TOkP0TkgRclo8OYjcubr3hR9xAXcDd
        xH4HYsmc8NjRlrONyfwOhU1G6u5TB4AD0Fvu6qTdzTeugOuwZhbfPYpVWF76rRSt
        so+jAZbgIKx3JvopvfFBUzaSt2G/mqYyRuQdwRN7KIuXam6Jq02d/k87Yir6HM7B
        DANo6WF87Ga6XyLcCOSDIStzAk88aLpO3hvUCCTBpI1LE+99Ksr3TgDRHmmtl21w
        MidJLHV/vESQWjsBVy61DmYgcJwgvI7+x4lMrvWk0X8+wu4ixfa04vESvFB/ASmO
        f26gdxoxd8o7ydIbHQWYso9cEyBFE65VqY6+P1KTQQKBgQDuqB5aDJqydd8c7uNM
        ZIV7isrvVfybmEzuLegc4X1MXiPTHY7/P57Y7yfNoULWaxw86SMCo460hhWnd6O2
        0O+hm3mgG3gNoPKWlXPe64F+xetFQyVfDZF4kvUFEA1fXVpQm6NMEs+O8zweG6Zm
        bN74Rx7YSiNoRiiv6GGpu63b1QKBgQDartSSlxLnKEeepgTsAVCJ8cJfxDYZvYzI
        ijoiFiFnl4ygOOSwwZXQUSWT8/eqaJ4JGNbC3gM3S3sDmKDC3TYJ41hy599OjgUV
        uF6bW6CyxXAzd9LJ8whR2g1g3Do6wpntpBerQcjgouDGOIKM4sl/D/gARFFexNbT
        HjKN5U/kdQKBgEw3wMm9cMJBxql02X6SM9cKsljRO0Vt1FPUsWZX1S5IemR38i0u
        YkqhxjJzp+bWekQxqI61MWQR1mSPXueJvp38C1HItASWPCM/Q6wTxl14U/TgxtSe
        frDlLf8Z60tjgu5vZi1rbIIYyEBNUE0xw9vCyuUEeF5a2a+kJVyRpaqpAoGACkYi
        eIyed7u9uadlHc1mAkUYc7VdMVJlddqApq9RfHNzSOfDXsaJilL1qADTRu9JVXYU
        SO1zSzrBmcam7uDDtC05L5TTOfaUKJQT5cqlPyDlh5V+krxXTLko3b8bAT25S5/k
        +MfLbzpXwxhOkd3px41xglmzVPd8fEiz6VS3ry0CgYBJ5vwUexyeXrmmXwpyEAqE
        AQp/88p1EI9oDo1s3tD0Tdbid0BuUIKkrsASzMsTYety3815Xcf9R/IyoyIvgJ/z
        s4G5DK0eW/tXj/N8IqTDXlpHrXBVHHkQ8Gswrx85A4EwcKRHxJEzGl8ZwM+r2tRU
        SLWuHkCtj97tT+KcCkz6tg==
        -----END PRIVATE KEY-----
        """
}
