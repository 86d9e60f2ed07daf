#include "editor/lab_document.h"

#include "editor/node_ports.h"
#include "topology/image_catalog.h"
#include "topology/lab_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSignalBlocker>

#include <algorithm>
#include <set>

namespace routerlab::gui {
namespace {

const char *untitledName = "untitled";

bool isAbsolutePath(const std::string &path) { return !path.empty() && path.front() == '/'; }

} // namespace

bool sameLink(const LabLinkSpec &left, const LabLinkSpec &right)
{
    return left.a.node == right.a.node && left.a.port == right.a.port &&
           left.b.node == right.b.node && left.b.port == right.b.port;
}

LabDocument::LabDocument(std::shared_ptr<const ImageCatalog> catalog, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog))
{
    m_spec.name = untitledName;
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

LabDocument::~LabDocument()
{
    // The commands refer to this document; they go first. Clearing the stack is no edit: a
    // "modified" said from a destructor would reach listeners that may be going too.
    const QSignalBlocker quiet(this);
    m_undoStack.clear();
}

void LabDocument::newLab()
{
    LabSpec spec;
    spec.name = untitledName;
    replaceSpec(std::move(spec));
}

void LabDocument::open(const QString &path)
{
    replaceSpec(loadLabFile(path.toStdString(), *m_catalog));
}

void LabDocument::replaceSpec(LabSpec spec)
{
    emit aboutToReset();
    m_undoStack.clear();
    m_spec = std::move(spec);
    m_editedConfigs.clear();
    emit reset();
    emit fileChanged();
}

void LabDocument::save()
{
    if (m_spec.filePath.empty())
        throw LabFileError("", 0, "", "the lab has no file yet: use Save As");
    saveAs(filePath());
}

void LabDocument::saveAs(const QString &path)
{
    const QString file = path.endsWith(".json", Qt::CaseInsensitive)
                             ? QFileInfo(path).absoluteFilePath()
                             : QDir(path).absoluteFilePath("lab.json");
    const QString directory = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(directory))
        throw LabFileError(file.toStdString(), 0, "",
                           "cannot create the folder " + directory.toStdString());
    const bool moving = directory.toStdString() != m_spec.directory;
    // Configs first: a lab.json on disk never names a config that is not there.
    writeStartupConfigs(directory.toStdString());
    LabSpec saved = m_spec;
    saved.filePath = file.toStdString();
    saved.directory = directory.toStdString();
    // A lab is known by its folder (the loader defaults the name to it), so a copy saved
    // elsewhere takes the new folder's name.
    if (moving || saved.name.empty() || saved.name == untitledName)
        saved.name = QFileInfo(directory).fileName().toStdString();
    saveLabFile(saved, saved.filePath);
    m_spec = std::move(saved);
    m_editedConfigs.clear();
    m_undoStack.setClean();
    emit fileChanged();
}

// Writes the configs that changed, or all of them when the lab moves to another folder. A
// router given its first config gets "configs/<name>.cfg" (the path stays with the node when
// it is renamed, so a new node can find its usual name taken).
void LabDocument::writeStartupConfigs(const std::string &directory)
{
    const bool moving = directory != m_spec.directory;
    std::set<std::string> takenPaths;
    for (const LabNodeSpec &node : m_spec.nodes)
        takenPaths.insert(node.config);
    for (std::size_t index = 0; index < m_spec.nodes.size(); ++index) {
        LabNodeSpec &node = m_spec.nodes[index];
        if (node.kind != LabNodeSpec::Kind::Router)
            continue;
        const bool edited = m_editedConfigs.contains(node.name);
        const std::string text = startupConfig(node.name);
        if (node.config.empty()) {
            if (text.empty())
                continue;
            std::string candidate = "configs/" + node.name + ".cfg";
            for (int suffix = 2; takenPaths.contains(candidate); ++suffix)
                candidate = "configs/" + node.name + "-" + std::to_string(suffix) + ".cfg";
            node.config = candidate;
            takenPaths.insert(candidate);
        } else if (!edited && !moving) {
            continue;
        }
        const QString path = QString::fromStdString(
            isAbsolutePath(node.config) ? node.config : directory + "/" + node.config);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        const auto size = static_cast<qint64>(text.size());
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), size) != size ||
            !file.commit())
            throw LabFileError(path.toStdString(), 0, "nodes[" + std::to_string(index) + "].config",
                               "cannot write the startup config: " +
                                   file.errorString().toStdString());
    }
}

std::vector<std::string> LabDocument::ports(const std::string &node) const
{
    const LabNodeSpec *spec = m_spec.node(node);
    return spec ? nodePorts(*spec, *m_catalog) : std::vector<std::string>{};
}

std::vector<std::string> LabDocument::freePorts(const std::string &node) const
{
    std::vector<std::string> free;
    for (const std::string &port : ports(node)) {
        if (!linkAt(node, port))
            free.push_back(port);
    }
    return free;
}

const LabLinkSpec *LabDocument::linkAt(const std::string &node, const std::string &port) const
{
    for (const LabLinkSpec &link : m_spec.links) {
        if ((link.a.node == node && link.a.port == port) ||
            (link.b.node == node && link.b.port == port))
            return &link;
    }
    return nullptr;
}

std::vector<LabLinkSpec> LabDocument::linksOf(const std::string &node) const
{
    std::vector<LabLinkSpec> links;
    for (const LabLinkSpec &link : m_spec.links) {
        if (link.a.node == node || link.b.node == node)
            links.push_back(link);
    }
    return links;
}

std::string LabDocument::configFileOf(const LabNodeSpec &node) const
{
    if (node.config.empty() || (m_spec.directory.empty() && !isAbsolutePath(node.config)))
        return {};
    return isAbsolutePath(node.config) ? node.config : m_spec.directory + "/" + node.config;
}

std::string LabDocument::startupConfig(const std::string &node) const
{
    if (auto edited = m_editedConfigs.find(node); edited != m_editedConfigs.end())
        return edited->second;
    const LabNodeSpec *spec = m_spec.node(node);
    const std::string path = spec ? configFileOf(*spec) : std::string();
    QFile file(QString::fromStdString(path));
    if (path.empty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

std::string LabDocument::suggestName(LabNodeSpec::Kind kind) const
{
    const std::string prefix = kind == LabNodeSpec::Kind::Router ? "R" : "SW";
    for (int number = 1;; ++number) {
        std::string name = prefix + std::to_string(number);
        if (!m_spec.node(name))
            return name;
    }
}

QString LabDocument::nameProblem(const std::string &name, const std::string &renaming) const
{
    if (name.empty())
        return tr("A node needs a name.");
    // The lab file and the console prompts forbid these (lab_file.cpp checks the same).
    if (name.find_first_of(" \t:") != std::string::npos)
        return tr("A name cannot contain spaces or colons.");
    if (name != renaming && m_spec.node(name))
        return tr("There is already a node named %1.").arg(QString::fromStdString(name));
    return {};
}

QString LabDocument::nodeProblem(const LabNodeSpec &node) const
{
    if (QString problem = nameProblem(node.name); !problem.isEmpty())
        return problem;
    if (node.kind == LabNodeSpec::Kind::Switch)
        return node.ports >= 1 && node.ports <= 64 ? QString() : tr("A switch has 1 to 64 ports.");
    const ChassisDescriptor &chassis = m_catalog->chassis();
    if (!m_catalog->image(node.image))
        return tr("Unknown image \"%1\".").arg(QString::fromStdString(node.image));
    const auto model = chassis.models.find(node.model.empty() ? chassis.defaultModel : node.model);
    if (model == chassis.models.end())
        return tr("Unknown chassis \"%1\".").arg(QString::fromStdString(node.model));
    for (const auto &[slot, adapterName] : node.slotAdapters) {
        const PortAdapterType *adapter = chassis.portAdapter(adapterName);
        if (!adapter || slot < 0 || slot >= model->second.slotCount ||
            adapter->ioController != (slot == 0))
            return tr("\"%1\" does not fit slot %2.")
                .arg(QString::fromStdString(adapterName))
                .arg(slot);
    }
    return {};
}

QString LabDocument::linkProblem(const LabLinkSpec &link) const
{
    for (const LabLinkEnd *end : {&link.a, &link.b}) {
        const QString node = QString::fromStdString(end->node);
        if (!m_spec.node(end->node))
            return tr("There is no node named %1.").arg(node);
        const auto ports = this->ports(end->node);
        if (std::find(ports.begin(), ports.end(), end->port) == ports.end())
            return tr("%1 has no port %2.").arg(node, QString::fromStdString(end->port));
        if (linkAt(end->node, end->port))
            return tr("%1 %2 is already linked.")
                .arg(node, QString::fromStdString(portLabel(end->port)));
    }
    if (link.a.node == link.b.node && link.a.port == link.b.port)
        return tr("A link needs two different ports.");
    return {};
}

} // namespace routerlab::gui
