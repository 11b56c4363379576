//! The `macnss-server` binary: reads the command line, starts the server, and stops it
//! gracefully on SIGINT/SIGTERM (requests in flight finish; every committed write is on disk).

use clap::Parser;
use macnss_server::config::{Config, DbLocation};
use macnss_server::{Limits, StartError};
use std::net::SocketAddr;
use std::path::PathBuf;

/// The MaCNSS reference server.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// SQLite database file (`:memory:` for a throw-away one). Default: `macnss.db`, or
    /// `macnss-demo.db` with --demo.
    #[arg(long)]
    db: Option<String>,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8787")]
    listen: SocketAddr,
    /// Load the demo registry and accounts, enable the /dev/* routes. Loopback only unless
    /// --allow-public-demo.
    #[arg(long)]
    demo: bool,
    /// Let --demo listen on a non-loopback address.
    #[arg(long)]
    allow_public_demo: bool,
    /// Add N generated people to the registry (see the README for their identities).
    #[arg(long, default_value_t = 0)]
    synthetic: u32,
    /// A built web app to serve at / (SPA fallback to index.html), if the directory exists.
    #[arg(long, default_value = "target/dx/macnss/release/web/public")]
    web_dir: PathBuf,
    /// Refuse apps whose x-app-version is lower (426 app_version_unsupported).
    #[arg(long)]
    min_app_version: Option<String>,
    /// Where people reach the web app, for the links in e-mails (no trailing slash).
    #[arg(long, default_value = macnss_server::config::DEFAULT_PUBLIC_URL)]
    public_url: String,
    /// A TOML file of limits (names as in the README); unlisted limits keep their defaults.
    #[arg(long)]
    limits: Option<PathBuf>,
    /// Override one limit: --limit code_max_attempts=3 (repeatable; applied after --limits).
    #[arg(long = "limit", value_name = "NAME=VALUE")]
    limit: Vec<String>,
    /// A TOML file saying how messages leave ([smtp], [sms], [retry]; see the README);
    /// MACNSS_SMTP_*, MACNSS_SMS_* and MACNSS_RETRY_* override its fields. Without either,
    /// messages go to the log.
    #[arg(long, env = "MACNSS_DELIVERY")]
    delivery: Option<PathBuf>,
    /// Print the effective limits as TOML and exit.
    #[arg(long)]
    print_limits: bool,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // Logs go to stderr, as the README says (the default writer is stdout).
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,macnss_server=info".into()),
        )
        .init();
    let args = Args::parse();
    let limits = match Limits::load(args.limits.as_deref(), &args.limit) {
        Ok(l) => l,
        Err(e) => {
            tracing::error!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    if args.print_limits {
        #[allow(clippy::print_stdout)]
        {
            print!("{}", limits.to_toml());
        }
        return std::process::ExitCode::SUCCESS;
    }
    let delivery = match macnss_server::delivery::DeliveryConfig::load(
        args.delivery.as_deref(),
        std::env::vars(),
    ) {
        Ok(d) => d,
        Err(e) => {
            tracing::error!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    let db = args.db.as_deref().map_or_else(
        || {
            DbLocation::File(PathBuf::from(if args.demo {
                "macnss-demo.db"
            } else {
                "macnss.db"
            }))
        },
        DbLocation::parse,
    );
    let config = Config {
        db,
        listen: args.listen,
        demo: args.demo,
        allow_public_demo: args.allow_public_demo,
        synthetic: args.synthetic,
        web_dir: Some(args.web_dir),
        min_app_version: args.min_app_version,
        public_url: args.public_url.trim_end_matches('/').to_owned(),
        limits,
        delivery,
    };
    match run(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(config: Config) -> Result<(), StartError> {
    let demo = config.demo;
    let server = macnss_server::spawn(config).await?;
    tracing::info!(url = %server.base_url(), demo, "MaCNSS server ready");
    shutdown_signal().await;
    tracing::info!("shutting down");
    server.shutdown().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
