//! One component per page the router can show.

mod data;
mod guide;
mod home;
mod library;
mod not_found;

pub use data::DataPage;
pub use guide::GuidePage;
pub use home::Home;
pub use library::Library;
pub use not_found::NotFound;
