//! A page's data: a resource the server renders with and writes into the page, which the
//! browser reads back instead of asking again.
//!
//! Leptos's default resource decodes the page's copy from a `&str`, while server functions
//! decode their answers from bytes; the two readers made the bundle carry every data type's
//! JSON decoder twice. [`PageJson`] reads the page's copy from bytes too, so one decoder per
//! type serves both.

use std::future::Future;

use leptos::{
    prelude::*,
    server::codee::{Decoder, Encoder},
};
use serde::{Serialize, de::DeserializeOwned};

use crate::error::ApiError;

/// JSON, decoded from bytes as server functions decode their answers.
pub struct PageJson;

impl<T: Serialize> Encoder<T> for PageJson {
    type Error = serde_json::Error;
    type Encoded = String;

    fn encode(value: &T) -> Result<String, serde_json::Error> {
        serde_json::to_string(value)
    }
}

impl<T: DeserializeOwned> Decoder<T> for PageJson {
    type Error = serde_json::Error;
    type Encoded = str;

    fn decode(encoded: &str) -> Result<T, serde_json::Error> {
        serde_json::from_slice(encoded.as_bytes())
    }
}

/// Data a page loads from a server function.
pub type PageData<T> = Resource<Result<T, ApiError>, PageJson>;

/// Loads `fetcher(source())` as the page's data, again whenever `source` changes.
#[track_caller]
pub fn page_data<S, T, Fut>(
    source: impl Fn() -> S + Send + Sync + 'static,
    fetcher: impl Fn(S) -> Fut + Send + Sync + 'static,
) -> Resource<T, PageJson>
where
    S: Send + Sync + Clone + PartialEq + 'static,
    T: Serialize + DeserializeOwned + Send + Sync + 'static,
    Fut: Future<Output = T> + Send + 'static,
{
    Resource::new_with_options(source, fetcher, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_copy_reads_back_what_the_server_wrote() {
        let value: Result<Vec<(i32, String)>, ApiError> = Ok(vec![(1, "Қазақ «тілі»".into())]);
        let encoded = <PageJson as Encoder<_>>::encode(&value).unwrap();
        let decoded: Result<Vec<(i32, String)>, ApiError> =
            <PageJson as Decoder<_>>::decode(encoded.as_str()).unwrap();
        assert_eq!(decoded, value);
        assert!(<PageJson as Decoder<Vec<i32>>>::decode("not json").is_err());
    }
}
