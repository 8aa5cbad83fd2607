//! One component per page the router can show.

mod data;
mod draft_editor;
mod draft_form;
pub(crate) mod drafts;
mod guide;
mod home;
mod library;
mod not_found;
mod people;
mod person;
mod quiz;
mod quiz_result;
mod shared_result;

pub use data::DataPage;
pub use draft_editor::DraftEditor;
pub use draft_form::DraftForm;
pub use drafts::DraftsPage;
pub use guide::GuidePage;
pub use home::Home;
pub use library::Library;
pub use not_found::NotFound;
pub use people::PeoplePage;
pub use person::PersonPage;
pub use quiz::QuizPage;
pub use quiz_result::QuizResultPage;
pub use shared_result::SharedResult;
