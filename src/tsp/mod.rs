//! RFC 3161 trusted timestamps of evidence: the query (only the item's SHA-256 leaves the
//! machine), the checks on an authority's answer before it is kept (status granted, the imprint
//! and the nonce asked for), and the full check of a kept token (`verify`: CMS signature,
//! certificate chain to `timestamp.trust`). Pure: bytes in, verdicts out; the network is
//! `net::tsa`, the token's storage `store::timestamps` (ARCHITECTURE §5).

mod verify;

use cmpv2::status::PkiStatus;
use der::asn1::{Int, OctetString};
use der::oid::ObjectIdentifier;
use der::{Decode as _, Encode as _};
use jiff::Timestamp;
use x509_cert::Certificate;
use x509_cert::spki::AlgorithmIdentifierOwned;
use x509_tsp::{MessageImprint, TimeStampReq, TimeStampResp, TspVersion, TstInfo};

pub(crate) use verify::Trust;

const ID_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const ID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const ID_CT_TST_INFO: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.1.4");

/// A timestamp token's answer is a few kilobytes (the token and the authority's certificates);
/// anything much larger is not one.
pub(crate) const MAX_ANSWER: usize = 256 * 1024;

/// Why an answer or a stored token is not a usable timestamp. Never carries evidence: at most
/// the authority's own words or a certificate's subject.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Error {
    #[error("the answer is not an RFC 3161 TimeStampResp")]
    Malformed,
    #[error("the authority refused: status {0}")]
    Refused(&'static str),
    #[error("the answer holds no timestamp token")]
    NoToken,
    #[error("the token stamps another SHA-256 than the item's")]
    WrongImprint,
    #[error("the token answers another request (its nonce differs)")]
    WrongNonce,
    #[error("{0}")]
    Signature(String),
    #[error("{0}")]
    Chain(String),
}

/// One query, with the nonce its answer must repeat.
pub(crate) struct Query {
    pub(crate) der: Vec<u8>,
    nonce: Int,
}

/// What a token says: when the authority signed, its serial number (hex) and the signing
/// certificate's subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub(crate) time: Timestamp,
    pub(crate) serial: String,
    pub(crate) signer: String,
}

/// A TimeStampReq for `sha256` with certReq set, so the token carries the authority's
/// certificate. `nonce` is random from the caller; its top bit is cleared so the integer is
/// positive.
pub(crate) fn query(sha256: &[u8; 32], nonce: [u8; 8]) -> Query {
    let mut nonce = nonce;
    nonce[0] = (nonce[0] & 0x7f) | 0x40;
    let nonce = Int::new(&nonce).expect("eight bytes, positive and minimal, are an INTEGER");
    let request = TimeStampReq {
        version: TspVersion::V1,
        message_imprint: imprint(sha256),
        req_policy: None,
        nonce: Some(nonce.clone()),
        cert_req: true,
        extensions: None,
    };
    let der = request
        .to_der()
        .expect("a request built from fixed-size parts encodes");
    Query { der, nonce }
}

fn imprint(sha256: &[u8; 32]) -> MessageImprint {
    MessageImprint {
        hash_algorithm: AlgorithmIdentifierOwned {
            oid: ID_SHA256,
            parameters: Some(der::asn1::Null.into()),
        },
        hashed_message: OctetString::new(sha256.as_slice()).expect("32 bytes are an OCTET STRING"),
    }
}

/// An authority's answer to `query`, checked before it is kept: granted, a token for this very
/// SHA-256 and nonce, signed by a certificate that chains to `trust`.
pub(crate) fn accept(
    answer: &[u8],
    query: &Query,
    sha256: &[u8; 32],
    trust: &Trust,
) -> Result<Stamp, Error> {
    let token = Token::parse(answer)?;
    if token.info.nonce.as_ref() != Some(&query.nonce) {
        return Err(Error::WrongNonce);
    }
    token.check(sha256, trust)
}

/// A stored token checked again (`evidence verify`): signature, chain and imprint.
pub(crate) fn verify(answer: &[u8], sha256: &[u8; 32], trust: &Trust) -> Result<Stamp, Error> {
    Token::parse(answer)?.check(sha256, trust)
}

/// An answer taken apart: the signed data and the TSTInfo it signs.
struct Token {
    signed: cms::signed_data::SignedData,
    info_der: Vec<u8>,
    info: TstInfo,
}

impl Token {
    fn parse(answer: &[u8]) -> Result<Token, Error> {
        let response = TimeStampResp::from_der(answer).map_err(|_| Error::Malformed)?;
        match response.status.status {
            PkiStatus::Accepted | PkiStatus::GrantedWithMods => {}
            PkiStatus::Rejection => return Err(Error::Refused("rejection")),
            PkiStatus::Waiting => return Err(Error::Refused("waiting")),
            _ => return Err(Error::Refused("revocation or key update")),
        }
        let content = response.time_stamp_token.ok_or(Error::NoToken)?;
        if content.content_type != ID_SIGNED_DATA {
            return Err(Error::Malformed);
        }
        let signed = content
            .content
            .decode_as::<cms::signed_data::SignedData>()
            .map_err(|_| Error::Malformed)?;
        let encap = &signed.encap_content_info;
        if encap.econtent_type != ID_CT_TST_INFO {
            return Err(Error::Malformed);
        }
        let info_der = encap
            .econtent
            .as_ref()
            .ok_or(Error::Malformed)?
            .decode_as::<OctetString>()
            .map_err(|_| Error::Malformed)?
            .into_bytes();
        let info = TstInfo::from_der(&info_der).map_err(|_| Error::Malformed)?;
        Ok(Token {
            signed,
            info_der,
            info,
        })
    }

    fn check(&self, sha256: &[u8; 32], trust: &Trust) -> Result<Stamp, Error> {
        let imprint = &self.info.message_imprint;
        if imprint.hash_algorithm.oid != ID_SHA256
            || imprint.hashed_message.as_bytes() != sha256.as_slice()
        {
            return Err(Error::WrongImprint);
        }
        let second = i64::try_from(self.info.gen_time.to_unix_duration().as_secs())
            .map_err(|_| Error::Malformed)?;
        let time = Timestamp::from_second(second).map_err(|_| Error::Malformed)?;
        let signer: Certificate = verify::signature(&self.signed, &self.info_der)?;
        verify::chain(&signer, &self.signed, trust, time)?;
        Ok(Stamp {
            time,
            serial: hex(self.info.serial_number.as_bytes()),
            signer: signer.tbs_certificate.subject.to_string(),
        })
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_asks_for_the_certificate_and_carries_a_positive_nonce() {
        let q = query(&[7; 32], [0xff; 8]);
        let parsed = TimeStampReq::from_der(&q.der).unwrap();
        assert!(parsed.cert_req);
        assert_eq!(parsed.message_imprint.hashed_message.as_bytes(), &[7; 32]);
        let nonce = parsed.nonce.unwrap();
        assert_eq!(nonce.as_bytes()[0], 0x7f);
        assert_eq!(nonce, q.nonce);
    }

    #[test]
    fn garbage_and_refusals_are_told_apart() {
        let trust = Trust::default();
        let q = query(&[1; 32], [1; 8]);
        assert_eq!(
            accept(b"<html>busy</html>", &q, &[1; 32], &trust),
            Err(Error::Malformed)
        );
        // TimeStampResp { status { rejection(2) } }, no token.
        let refused = [0x30, 0x05, 0x30, 0x03, 0x02, 0x01, 0x02];
        assert_eq!(
            accept(&refused, &q, &[1; 32], &trust),
            Err(Error::Refused("rejection"))
        );
        let granted_empty = [0x30, 0x05, 0x30, 0x03, 0x02, 0x01, 0x00];
        assert_eq!(
            accept(&granted_empty, &q, &[1; 32], &trust),
            Err(Error::NoToken)
        );
    }
}
