#pragma once

#include <QTemporaryDir>

#include <cstdint>
#include <memory>

namespace routerlab {
class Lab;
}

namespace routerlab::gui {

class LabDocument;

// A runnable Lab for the document as it is now, not yet started.
//
// A saved, unchanged document runs from its own folder, so `write memory` in a console
// updates the lab's config files as NVRAM would. A new or modified document runs from a
// snapshot in a temporary folder (the Lab reads startup configs from files), so unsaved edits
// are what boots and nothing on disk changes behind the user's back; saves made from the
// consoles then last as long as the run.
struct BuiltLab {
    std::unique_ptr<QTemporaryDir> snapshot; // null when running from the lab's folder
    std::unique_ptr<Lab> lab;
};

// Throws std::runtime_error when the snapshot cannot be written.
BuiltLab buildLab(const LabDocument &document, std::uint64_t seed = 1);

} // namespace routerlab::gui
