#include "editor/lab_builder.h"

#include "editor/lab_document.h"
#include "topology/lab.h"

#include <QDir>
#include <QSaveFile>

#include <stdexcept>

namespace routerlab::gui {

BuiltLab buildLab(const LabDocument &document, std::uint64_t seed)
{
    BuiltLab built;
    LabSpec spec = document.spec();
    if (document.isModified() || spec.filePath.empty()) {
        built.snapshot = std::make_unique<QTemporaryDir>();
        if (!built.snapshot->isValid())
            throw std::runtime_error("cannot create a temporary folder for the lab: " +
                                     built.snapshot->errorString().toStdString());
        const QString directory = built.snapshot->path();
        QDir(directory).mkpath("configs");
        spec.directory = directory.toStdString();
        spec.filePath = (directory + "/lab.json").toStdString();
        for (LabNodeSpec &node : spec.nodes) {
            const std::string text = document.startupConfig(node.name);
            node.config.clear();
            if (node.kind != LabNodeSpec::Kind::Router || text.empty())
                continue;
            node.config = "configs/" + node.name + ".cfg";
            QSaveFile file(directory + "/" + QString::fromStdString(node.config));
            const auto size = static_cast<qint64>(text.size());
            if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), size) != size ||
                !file.commit())
                throw std::runtime_error("cannot write " + file.fileName().toStdString() + ": " +
                                         file.errorString().toStdString());
        }
    }
    built.lab = std::make_unique<Lab>(std::move(spec), document.sharedCatalog(), seed);
    return built;
}

} // namespace routerlab::gui
