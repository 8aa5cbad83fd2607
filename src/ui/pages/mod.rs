//! One component per page the router can show.

mod data;
mod guide;
mod home;
mod library;
mod not_found;
mod quiz;
mod quiz_result;
mod shared_result;

pub use data::DataPage;
pub use guide::GuidePage;
pub use home::Home;
pub use library::Library;
pub use not_found::NotFound;
pub use quiz::QuizPage;
pub use quiz_result::QuizResultPage;
pub use shared_result::SharedResult;
