//! Pieces of the page shared between routes; each file holds one component.

mod footer;
mod guide_pager;
mod header;
mod nav_link;
mod skip_link;
mod update_banner;

pub use footer::Footer;
pub use guide_pager::GuidePager;
pub use header::Header;
pub use nav_link::NavLink;
pub use skip_link::SkipLink;
pub use update_banner::UpdateBanner;
