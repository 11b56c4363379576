//! The built web app as a browser gets it: the precompressed file for its `Accept-Encoding`
//! (the bytes on the wire are the `.br` / `.gz` file's, with `Content-Encoding` and `Vary`),
//! a year's `immutable` cache for dx's content-hashed names and `no-cache` for the page, and a
//! strong `ETag` per representation with `304` on `If-None-Match`.

use super::helpers::*;
use macnss_server::Config;
use reqwest::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, ETAG, IF_NONE_MATCH, VARY,
};

const WASM: &str = "assets/macnss_bg-dxh0123456789abcdef.wasm";

struct Web {
    app: TestApp,
    _dir: tempfile::TempDir,
}

/// A built app: the page, a hashed wasm with its brotli and gzip files (distinct bytes, so
/// the test sees which one was sent), a file without a hash and without compressed copies.
async fn served() -> Web {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir(root.join("assets")).expect("mkdir");
    std::fs::write(root.join("index.html"), "<html>MaCNSS</html>").expect("write");
    std::fs::write(root.join("index.html.br"), "BR-PAGE").expect("write");
    std::fs::write(root.join(WASM), vec![0u8; 4096]).expect("write");
    std::fs::write(root.join(format!("{WASM}.br")), "BR-WASM").expect("write");
    std::fs::write(root.join(format!("{WASM}.gz")), "GZ-WASM-LONGER").expect("write");
    std::fs::write(root.join("assets/plain.txt"), "plain").expect("write");
    let mut config = Config::for_tests();
    config.web_dir = Some(root.to_owned());
    Web {
        app: spawn_with(config).await,
        _dir: dir,
    }
}

async fn get(
    web: &Web,
    path: &str,
    headers: &[(reqwest::header::HeaderName, &str)],
) -> reqwest::Response {
    let mut req = web.app.http.get(web.app.url(path));
    for (name, value) in headers {
        req = req.header(name, *value);
    }
    req.send().await.expect("request")
}

fn header(res: &reqwest::Response, name: reqwest::header::HeaderName) -> Option<String> {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[tokio::test]
async fn the_precompressed_file_is_sent_for_the_encoding_the_browser_accepts() {
    let web = served().await;
    let path = format!("/{WASM}");
    let br = get(&web, &path, &[(ACCEPT_ENCODING, "br, gzip")]).await;
    assert_eq!(br.status(), 200);
    assert_eq!(header(&br, CONTENT_ENCODING).as_deref(), Some("br"));
    assert!(header(&br, VARY).is_some_and(|v| v.to_lowercase().contains("accept-encoding")));
    assert_eq!(header(&br, CONTENT_LENGTH).as_deref(), Some("7"));
    assert_eq!(br.bytes().await.expect("body").as_ref(), b"BR-WASM");

    let gz = get(&web, &path, &[(ACCEPT_ENCODING, "gzip")]).await;
    assert_eq!(header(&gz, CONTENT_ENCODING).as_deref(), Some("gzip"));
    assert_eq!(gz.bytes().await.expect("body").as_ref(), b"GZ-WASM-LONGER");

    let identity = get(&web, &path, &[]).await;
    assert_eq!(header(&identity, CONTENT_ENCODING), None);
    assert_eq!(identity.bytes().await.expect("body").len(), 4096);

    // The page too, and a deep link gets the page the same way.
    let page = get(&web, "/espace/compte/appareils", &[(ACCEPT_ENCODING, "br")]).await;
    assert_eq!(header(&page, CONTENT_ENCODING).as_deref(), Some("br"));
    assert_eq!(page.bytes().await.expect("body").as_ref(), b"BR-PAGE");
}

#[tokio::test]
async fn hashed_files_are_kept_a_year_and_the_page_is_asked_for_every_time() {
    let web = served().await;
    let wasm = get(&web, &format!("/{WASM}"), &[(ACCEPT_ENCODING, "br")]).await;
    assert_eq!(
        header(&wasm, CACHE_CONTROL).as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    for path in ["/", "/index.html", "/connexion", "/assets/plain.txt"] {
        let res = get(&web, path, &[]).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(
            header(&res, CACHE_CONTROL).as_deref(),
            Some("no-cache"),
            "{path}"
        );
    }
    // The API's own answers are not the web app's.
    let api = get(&web, "/v1/unknown", &[]).await;
    assert_eq!(api.status(), 404);
    assert_ne!(header(&api, CACHE_CONTROL).as_deref(), Some("no-cache"));
}

#[tokio::test]
async fn an_unchanged_file_costs_a_304_with_its_own_tag_per_encoding() {
    let web = served().await;
    let path = format!("/{WASM}");
    let br = get(&web, &path, &[(ACCEPT_ENCODING, "br")]).await;
    let gz = get(&web, &path, &[(ACCEPT_ENCODING, "gzip")]).await;
    let plain = get(&web, &path, &[]).await;
    let tags: Vec<String> = [&br, &gz, &plain]
        .iter()
        .map(|r| header(r, ETAG).expect("an ETag"))
        .collect();
    assert!(
        tags.iter()
            .all(|t| t.starts_with('"') && !t.starts_with("W/")),
        "{tags:?}"
    );
    assert_ne!(tags[0], tags[1]);
    assert_ne!(tags[1], tags[2]);

    let again = get(
        &web,
        &path,
        &[(ACCEPT_ENCODING, "br"), (IF_NONE_MATCH, &tags[0])],
    )
    .await;
    assert_eq!(again.status(), 304);
    assert_eq!(header(&again, ETAG).as_deref(), Some(tags[0].as_str()));
    assert_eq!(
        header(&again, CACHE_CONTROL).as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    assert!(again.bytes().await.expect("body").is_empty());

    // A percent-encoded name is the file ServeDir decodes, never the page's tag or cache.
    let encoded = get(&web, "/assets/plain%2Etxt", &[]).await;
    assert_eq!(encoded.status(), 200);
    assert_eq!(header(&encoded, ETAG), None);
    assert_eq!(header(&encoded, CACHE_CONTROL).as_deref(), Some("no-cache"));
    assert_eq!(encoded.text().await.expect("text"), "plain");

    // Another representation's tag does not match: the file is sent.
    let other = get(
        &web,
        &path,
        &[(ACCEPT_ENCODING, "br"), (IF_NONE_MATCH, &tags[1])],
    )
    .await;
    assert_eq!(other.status(), 200);

    // A new build of the page: a new tag, so the browser gets it.
    let page = get(&web, "/", &[]).await;
    let old = header(&page, ETAG).expect("tag");
    std::fs::write(web._dir.path().join("index.html"), "<html>MaCNSS 2</html>").expect("write");
    let _ = std::fs::remove_file(web._dir.path().join("index.html.br"));
    let page = get(&web, "/", &[(IF_NONE_MATCH, &old)]).await;
    assert_eq!(page.status(), 200);
    assert_ne!(header(&page, ETAG), Some(old));
    assert_eq!(page.text().await.expect("text"), "<html>MaCNSS 2</html>");
}
