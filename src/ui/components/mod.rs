//! Pieces of the page shared between routes; each file holds one component.

mod findings;
mod footer;
mod guide_pager;
mod header;
mod highlighted_text;
mod nav_link;
mod readiness_panel;
mod skip_link;
mod storage_notices;
mod update_banner;

pub use findings::Findings;
pub use footer::Footer;
pub use guide_pager::GuidePager;
pub use header::Header;
pub use highlighted_text::HighlightedText;
pub use nav_link::NavLink;
pub use readiness_panel::ReadinessPanel;
pub use skip_link::SkipLink;
pub use storage_notices::StorageNotices;
pub use update_banner::UpdateBanner;
