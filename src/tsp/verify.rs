//! A token's CMS signature and its signer's certificate chain (RFC 3161 §2.3, RFC 5652 §5.4):
//! the signed attributes name the TSTInfo's digest and are signed by the certificate the signer
//! identifier names; that certificate is for time-stamping only (its critical extended key usage
//! says so), was valid when it signed, and chains, through the token's own certificates, to one
//! in `timestamp.trust`. RSA (PKCS #1 v1.5) and ECDSA P-256 keys; SHA-256, -384 and -512.

use cms::cert::CertificateChoices;
use cms::signed_data::{SignedData, SignerIdentifier};
use der::Encode as _;
use der::oid::ObjectIdentifier;
use jiff::Timestamp;
use sha2::{Digest as _, Sha256, Sha384, Sha512};
use x509_cert::Certificate;
use x509_cert::ext::pkix::{BasicConstraints, ExtendedKeyUsage, SubjectKeyIdentifier};
use x509_cert::spki::SubjectPublicKeyInfoOwned;

use super::{Error, ID_CT_TST_INFO, ID_SHA256};

const ID_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2");
const ID_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3");
const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const SHA256_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
const SHA384_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.12");
const SHA512_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.13");
const EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const ECDSA_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");
const ECDSA_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.3");
const ECDSA_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.4");
const CONTENT_TYPE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.3");
const MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const EXT_KEY_USAGE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.37");
const BASIC_CONSTRAINTS: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.19");
const SUBJECT_KEY_ID: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.14");
const KP_TIME_STAMPING: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.8");

/// A chain longer than this is not a time-stamping authority's.
const MAX_CHAIN: usize = 8;

/// The certificates of `timestamp.trust`: a token counts only when its signer chains to one.
#[derive(Debug, Default)]
pub(crate) struct Trust {
    anchors: Vec<Certificate>,
}

impl Trust {
    /// The certificates of a PEM file; `None` when it holds none or one that does not decode.
    pub(crate) fn from_pem(pem: &[u8]) -> Option<Trust> {
        // Our own base64, block by block: der's PEM decoder spins forever on a block whose
        // base64 is cut short, and x509-cert's `load_pem_chain` panics on a file that is empty
        // once its line ends are trimmed. Text between blocks (as `openssl x509 -text` leaves)
        // is skipped.
        use base64::Engine as _;
        use der::Decode as _;
        const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
        const END: &str = "-----END CERTIFICATE-----";
        let text = std::str::from_utf8(pem).ok()?;
        let mut anchors = Vec::new();
        for (at, _) in text.match_indices(BEGIN) {
            let body = &text[at + BEGIN.len()..];
            let body: String = body[..body.find(END)?]
                .chars()
                .filter(|c| !c.is_ascii_whitespace())
                .collect();
            let der = base64::engine::general_purpose::STANDARD
                .decode(body)
                .ok()?;
            anchors.push(Certificate::from_der(&der).ok()?);
        }
        (!anchors.is_empty()).then_some(Trust { anchors })
    }
}

/// The hash named by a digest algorithm identifier.
fn digest(oid: ObjectIdentifier, data: &[u8]) -> Result<Vec<u8>, Error> {
    Ok(match oid {
        ID_SHA256 => Sha256::digest(data).to_vec(),
        ID_SHA384 => Sha384::digest(data).to_vec(),
        ID_SHA512 => Sha512::digest(data).to_vec(),
        other => return Err(Error::Signature(format!("unsupported digest `{other}`"))),
    })
}

/// Checks the one signer's signature over the signed attributes, and that those name the
/// TSTInfo and its digest; returns the signing certificate.
pub(super) fn signature(signed: &SignedData, info_der: &[u8]) -> Result<Certificate, Error> {
    let bad = |why: &str| Error::Signature(format!("the token's signature {why}"));
    let [signer] = signed.signer_infos.0.as_slice() else {
        return Err(bad("has not exactly one signer"));
    };
    let certificates = token_certificates(signed);
    let certificate = certificates
        .iter()
        .find(|c| identifies(&signer.sid, c))
        .ok_or_else(|| bad("names a certificate the token does not carry"))?;
    let attrs = signer
        .signed_attrs
        .as_ref()
        .ok_or_else(|| bad("signs no attributes"))?;
    let attribute = |oid: ObjectIdentifier| {
        attrs
            .iter()
            .find(|a| a.oid == oid)
            .and_then(|a| match a.values.as_slice() {
                [one] => Some(one),
                _ => None,
            })
    };
    let content_type = attribute(CONTENT_TYPE)
        .and_then(|v| v.decode_as::<ObjectIdentifier>().ok())
        .ok_or_else(|| bad("has no content type"))?;
    if content_type != ID_CT_TST_INFO {
        return Err(bad("is over something other than a TSTInfo"));
    }
    let message_digest = attribute(MESSAGE_DIGEST)
        .and_then(|v| v.decode_as::<der::asn1::OctetString>().ok())
        .ok_or_else(|| bad("has no message digest"))?;
    if message_digest.as_bytes() != digest(signer.digest_alg.oid, info_der)? {
        return Err(bad("is over another TSTInfo than the one it carries"));
    }
    let signed_bytes = attrs
        .to_der()
        .map_err(|_| bad("has attributes that do not encode"))?;
    // CMS names RSA by the key's algorithm and the digest separately; the other forms name both.
    let algorithm = match signer.signature_algorithm.oid {
        RSA_ENCRYPTION => match signer.digest_alg.oid {
            ID_SHA256 => SHA256_WITH_RSA,
            ID_SHA384 => SHA384_WITH_RSA,
            ID_SHA512 => SHA512_WITH_RSA,
            other => other,
        },
        other => other,
    };
    check_signature(
        &certificate.tbs_certificate.subject_public_key_info,
        algorithm,
        &signed_bytes,
        signer.signature.as_bytes(),
    )
    .map_err(|_| bad("does not verify with the signing certificate's key"))?;
    Ok(certificate.clone())
}

/// The signer is a time-stamping certificate, valid at `time`, chaining to `trust`.
pub(super) fn chain(
    signer: &Certificate,
    signed: &SignedData,
    trust: &Trust,
    time: Timestamp,
) -> Result<(), Error> {
    let subject = signer.tbs_certificate.subject.to_string();
    let bad = |why: String| Error::Chain(format!("the signing certificate `{subject}` {why}"));
    let eku = extension::<ExtendedKeyUsage>(signer, EXT_KEY_USAGE);
    match eku {
        Some((true, ExtendedKeyUsage(usages))) if usages == [KP_TIME_STAMPING] => {}
        _ => {
            return Err(bad(
                "is not for time-stamping only (a critical extended key usage `timeStamping`)"
                    .to_owned(),
            ));
        }
    }
    let intermediates = token_certificates(signed);
    let mut current = signer.clone();
    for _ in 0..MAX_CHAIN {
        if !valid_at(&current, time) {
            return Err(bad(format!(
                "chains through `{}`, which was not valid at {time}",
                current.tbs_certificate.subject
            )));
        }
        if trust.anchors.contains(&current) {
            return Ok(());
        }
        if let Some(anchor) = trust.anchors.iter().find(|a| issued(a, &current)) {
            return match valid_at(anchor, time) {
                true => Ok(()),
                false => Err(bad(format!(
                    "chains to `{}`, which was not valid at {time}",
                    anchor.tbs_certificate.subject
                ))),
            };
        }
        let Some(issuer) = intermediates
            .iter()
            .find(|c| *c != &current && is_ca(c) && issued(c, &current))
        else {
            return Err(bad(
                "does not chain to a certificate in `timestamp.trust`".to_owned()
            ));
        };
        current = issuer.clone();
    }
    Err(bad("chains through too many certificates".to_owned()))
}

fn token_certificates(signed: &SignedData) -> Vec<Certificate> {
    let Some(set) = &signed.certificates else {
        return Vec::new();
    };
    set.0
        .iter()
        .filter_map(|c| match c {
            CertificateChoices::Certificate(c) => Some(c.clone()),
            CertificateChoices::Other(_) => None,
        })
        .collect()
}

fn identifies(sid: &SignerIdentifier, certificate: &Certificate) -> bool {
    let tbs = &certificate.tbs_certificate;
    match sid {
        SignerIdentifier::IssuerAndSerialNumber(id) => {
            id.issuer == tbs.issuer && id.serial_number == tbs.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(id) => {
            extension::<SubjectKeyIdentifier>(certificate, SUBJECT_KEY_ID)
                .is_some_and(|(_, own)| own == *id)
        }
    }
}

/// An extension's criticality and value, `None` when absent or unreadable.
fn extension<'a, T: der::Decode<'a>>(
    certificate: &'a Certificate,
    oid: ObjectIdentifier,
) -> Option<(bool, T)> {
    let extensions = certificate.tbs_certificate.extensions.as_ref()?;
    let found = extensions.iter().find(|e| e.extn_id == oid)?;
    let value = T::from_der(found.extn_value.as_bytes()).ok()?;
    Some((found.critical, value))
}

fn is_ca(certificate: &Certificate) -> bool {
    extension::<BasicConstraints>(certificate, BASIC_CONSTRAINTS).is_some_and(|(_, b)| b.ca)
}

/// `issuer` is named as `child`'s issuer and its key verifies `child`'s signature.
fn issued(issuer: &Certificate, child: &Certificate) -> bool {
    if issuer.tbs_certificate.subject != child.tbs_certificate.issuer {
        return false;
    }
    let Ok(tbs) = child.tbs_certificate.to_der() else {
        return false;
    };
    let Some(signature) = child.signature.as_bytes() else {
        return false;
    };
    check_signature(
        &issuer.tbs_certificate.subject_public_key_info,
        child.signature_algorithm.oid,
        &tbs,
        signature,
    )
    .is_ok()
}

fn valid_at(certificate: &Certificate, time: Timestamp) -> bool {
    let validity = &certificate.tbs_certificate.validity;
    let second = |t: x509_cert::time::Time| {
        i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(i64::MAX)
    };
    (second(validity.not_before)..=second(validity.not_after)).contains(&time.as_second())
}

/// Verifies `signature` over `message` with `key` under `algorithm` (a signature algorithm OID).
fn check_signature(
    key: &SubjectPublicKeyInfoOwned,
    algorithm: ObjectIdentifier,
    message: &[u8],
    signature: &[u8],
) -> Result<(), ()> {
    let key_der = key.to_der().map_err(|_| ())?;
    match (key.algorithm.oid, algorithm) {
        (RSA_ENCRYPTION, SHA256_WITH_RSA | SHA384_WITH_RSA | SHA512_WITH_RSA) => {
            use rsa::pkcs8::DecodePublicKey as _;
            let key = rsa::RsaPublicKey::from_public_key_der(&key_der).map_err(|_| ())?;
            let (scheme, hashed) = match algorithm {
                SHA256_WITH_RSA => (
                    rsa::Pkcs1v15Sign::new::<Sha256>(),
                    digest(ID_SHA256, message),
                ),
                SHA384_WITH_RSA => (
                    rsa::Pkcs1v15Sign::new::<Sha384>(),
                    digest(ID_SHA384, message),
                ),
                _ => (
                    rsa::Pkcs1v15Sign::new::<Sha512>(),
                    digest(ID_SHA512, message),
                ),
            };
            key.verify(scheme, &hashed.map_err(|_| ())?, signature)
                .map_err(|_| ())
        }
        (EC_PUBLIC_KEY, ECDSA_SHA256 | ECDSA_SHA384 | ECDSA_SHA512) => {
            use p256::ecdsa::signature::hazmat::PrehashVerifier as _;
            use p256::pkcs8::DecodePublicKey as _;
            let key = p256::ecdsa::VerifyingKey::from_public_key_der(&key_der).map_err(|_| ())?;
            let signature = p256::ecdsa::Signature::from_der(signature).map_err(|_| ())?;
            let hash = match algorithm {
                ECDSA_SHA256 => ID_SHA256,
                ECDSA_SHA384 => ID_SHA384,
                _ => ID_SHA512,
            };
            let prehash = digest(hash, message).map_err(|_| ())?;
            key.verify_prehash(&prehash, &signature).map_err(|_| ())
        }
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trust_file_without_certificates_is_none() {
        assert!(Trust::from_pem(b"").is_none());
        assert!(Trust::from_pem(b"\n\r\n").is_none());
        assert!(Trust::from_pem(b"not a certificate").is_none());
    }

    #[test]
    fn a_certificate_cut_short_is_refused_not_spun_on() {
        // der's own PEM decoder never returns on this block: a certificate's first four base64
        // letters, a DER header whose length bytes are cut off.
        let cut = b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        assert!(Trust::from_pem(cut).is_none());
        let no_end = b"-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n";
        assert!(Trust::from_pem(no_end).is_none());
        let not_der = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        assert!(Trust::from_pem(not_der).is_none());
    }
}
