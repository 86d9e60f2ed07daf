#include "topology/lab_file.h"

#include "cli/interface_names.h"
#include "topology/image_catalog.h"
#include "topology/lab_file_lines.h"
#include "topology/lab_paths.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace routerlab {
namespace {

std::string kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

// Reads a lab file's fields by type. A field of the wrong type is an error naming the file, the
// line and the field (a string where a number belongs is not read as zero), and so is a
// required field that is missing.
class Reader {
public:
    Reader(std::string file, const QByteArray &text) : m_file(std::move(file)), m_lines(text) {}

    [[noreturn]] void fail(const LabFilePath &path, const std::string &problem) const
    {
        throw LabFileError(m_file, m_lines.lineOf(path), path.text(), problem);
    }
    [[noreturn]] void failAtOffset(qsizetype offset, const std::string &problem) const
    {
        throw LabFileError(m_file, m_lines.lineAt(offset), "", problem);
    }
    const LabFileLines &lines() const { return m_lines; }

    std::optional<std::string> optionalString(const QJsonObject &object, const LabFilePath &path,
                                              std::string_view key) const
    {
        const QJsonValue value = member(object, path, key, QJsonValue::String, "a string");
        return value.isUndefined() ? std::nullopt : std::optional(value.toString().toStdString());
    }
    std::string string(const QJsonObject &object, const LabFilePath &path, std::string_view key) const
    {
        if (auto text = optionalString(object, path, key))
            return *text;
        fail(path.member(key), "missing (a string is required)");
    }
    std::optional<double> optionalNumber(const QJsonObject &object, const LabFilePath &path,
                                         std::string_view key) const
    {
        const QJsonValue value = member(object, path, key, QJsonValue::Double, "a number");
        return value.isUndefined() ? std::nullopt : std::optional(value.toDouble());
    }
    std::optional<int> optionalWholeNumber(const QJsonObject &object, const LabFilePath &path,
                                           std::string_view key) const
    {
        const auto number = optionalNumber(object, path, key);
        if (!number)
            return std::nullopt;
        if (*number != std::floor(*number))
            fail(path.member(key), "must be a whole number");
        // Past any range a field allows, and still an int.
        return static_cast<int>(std::clamp(*number, -1e9, 1e9));
    }
    std::optional<bool> optionalBool(const QJsonObject &object, const LabFilePath &path,
                                     std::string_view key) const
    {
        const QJsonValue value = member(object, path, key, QJsonValue::Bool, "true or false");
        return value.isUndefined() ? std::nullopt : std::optional(value.toBool());
    }
    QJsonObject optionalObject(const QJsonObject &object, const LabFilePath &path, std::string_view key) const
    {
        return member(object, path, key, QJsonValue::Object, "an object").toObject();
    }
    QJsonObject object(const QJsonObject &object, const LabFilePath &path, std::string_view key) const
    {
        const QJsonValue value = member(object, path, key, QJsonValue::Object, "an object");
        if (value.isUndefined())
            fail(path.member(key), "missing (an object is required)");
        return value.toObject();
    }
    QJsonArray optionalArray(const QJsonObject &object, const LabFilePath &path, std::string_view key) const
    {
        return member(object, path, key, QJsonValue::Array, "an array").toArray();
    }
    // An element that must be an object ({ ... }).
    QJsonObject objectAt(const QJsonArray &array, int index, const LabFilePath &path) const
    {
        const QJsonValue value = array.at(index);
        if (!value.isObject())
            fail(path, "must be an object, not " + kindOf(value));
        return value.toObject();
    }

private:
    // The member, Undefined when absent; present, it must be of `type`.
    QJsonValue member(const QJsonObject &object, const LabFilePath &path, std::string_view key,
                      QJsonValue::Type type, const char *typeName) const
    {
        const QJsonValue value = object.value(QLatin1StringView(key.data(), static_cast<qsizetype>(key.size())));
        if (!value.isUndefined() && value.type() != type)
            fail(path.member(key), std::string("must be ") + typeName + ", not " + kindOf(value));
        return value;
    }

    std::string m_file;
    LabFileLines m_lines;
};

std::vector<std::string> interfacesOf(const LabNodeSpec &node, const ChassisDescriptor &chassis)
{
    std::vector<std::string> names;
    auto adapters = node.slotAdapters;
    if (!adapters.contains(0))
        adapters[0] = chassis.defaultIoController;
    for (const auto &[slot, adapterName] : adapters) {
        const PortAdapterType *adapter = chassis.portAdapter(adapterName);
        for (int port = 0; adapter && port < adapter->portCount; ++port)
            names.push_back(adapter->interfaceType + std::to_string(slot) + "/" + std::to_string(port));
    }
    return names;
}

void readSwitch(const Reader &reader, const QJsonObject &object, const LabFilePath &path, LabNodeSpec &node)
{
    node.kind = LabNodeSpec::Kind::Switch;
    node.ports = reader.optionalWholeNumber(object, path, "ports").value_or(8);
    if (node.ports < 1 || node.ports > 64)
        reader.fail(path.member("ports"), "must be between 1 and 64");
    node.spanningTree = reader.optionalBool(object, path, "spanningTree").value_or(false);
    if (const auto speed = reader.optionalWholeNumber(object, path, "speed")) {
        node.portSpeed = *speed;
        if (node.portSpeed != 10 && node.portSpeed != 100)
            reader.fail(path.member("speed"), "must be 10 or 100");
    }
    node.portDuplex = reader.optionalString(object, path, "duplex").value_or("auto");
    if (node.portDuplex != "auto" && node.portDuplex != "full" && node.portDuplex != "half")
        reader.fail(path.member("duplex"), "must be \"auto\", \"full\" or \"half\"");
}

void readRouter(const Reader &reader, const QJsonObject &object, const LabFilePath &path,
                const ImageCatalog &catalog, LabNodeSpec &node)
{
    const ChassisDescriptor &chassis = catalog.chassis();
    node.image = reader.string(object, path, "image");
    if (!catalog.image(node.image))
        reader.fail(path.member("image"), "unknown image \"" + node.image + "\" (see images/)");
    node.model = reader.optionalString(object, path, "model").value_or(chassis.defaultModel);
    if (node.model.empty())
        node.model = chassis.defaultModel;
    auto model = chassis.models.find(node.model);
    if (model == chassis.models.end())
        reader.fail(path.member("model"), "unknown chassis \"" + node.model + "\"");
    node.npe = reader.optionalString(object, path, "npe").value_or("");
    if (!node.npe.empty() && !chassis.npes.contains(node.npe))
        reader.fail(path.member("npe"), "unknown processor engine \"" + node.npe + "\"");
    node.config = reader.optionalString(object, path, "config").value_or("");
    const QJsonObject slotObject = reader.optionalObject(object, path, "slots");
    const LabFilePath slotsPath = path.member("slots");
    for (auto it = slotObject.begin(); it != slotObject.end(); ++it) {
        const std::string key = it.key().toStdString();
        const LabFilePath slotPath = slotsPath.member(key);
        bool ok = false;
        const int slot = it.key().toInt(&ok);
        if (!ok || slot < 0 || slot >= model->second.slotCount)
            reader.fail(slotPath, "a " + node.model + " has slots 0 to " +
                                      std::to_string(model->second.slotCount - 1));
        if (!it.value().isString())
            reader.fail(slotPath, "must be a string naming a port adapter, not " + kindOf(it.value()));
        const std::string adapterName = it.value().toString().toStdString();
        const PortAdapterType *adapter = chassis.portAdapter(adapterName);
        if (!adapter)
            reader.fail(slotPath, "unknown port adapter \"" + adapterName + "\"");
        if (adapter->ioController != (slot == 0))
            reader.fail(slotPath, slot == 0 ? "slot 0 holds an I/O controller" : "an I/O controller fits slot 0 only");
        node.slotAdapters[slot] = adapterName;
    }
}

LabNodeSpec readNode(const Reader &reader, const QJsonObject &object, const LabFilePath &path,
                     const ImageCatalog &catalog)
{
    LabNodeSpec node;
    node.name = reader.string(object, path, "name");
    if (node.name.empty() || node.name.find_first_of(" \t:") != std::string::npos)
        reader.fail(path.member("name"), "\"" + node.name + "\" is not a valid node name (no spaces or colons)");
    const std::string type = reader.string(object, path, "type");
    node.x = reader.optionalNumber(object, path, "x").value_or(0);
    node.y = reader.optionalNumber(object, path, "y").value_or(0);
    if (type == "switch")
        readSwitch(reader, object, path, node);
    else if (type == "router")
        readRouter(reader, object, path, catalog, node);
    else
        reader.fail(path.member("type"), "\"" + type + "\" is neither \"router\" nor \"switch\"");
    return node;
}

void checkPort(const Reader &reader, const LabNodeSpec *node, LabLinkEnd &end, const LabFilePath &path,
               const ImageCatalog &catalog)
{
    if (!node)
        reader.fail(path.member("node"), "no node named \"" + end.node + "\"");
    if (node->kind == LabNodeSpec::Kind::Switch) {
        bool ok = false;
        const int port = QString::fromStdString(end.port).toInt(&ok);
        if (!ok || port < 1 || port > node->ports)
            reader.fail(path.member("port"), "switch " + end.node + " has ports 1 to " + std::to_string(node->ports));
        return;
    }
    const auto canonical = cli::canonicalInterfaceName(end.port);
    const auto interfaces = interfacesOf(*node, catalog.chassis());
    if (!canonical || std::find(interfaces.begin(), interfaces.end(), *canonical) == interfaces.end())
        reader.fail(path.member("port"), end.node + " has no interface \"" + end.port + "\"");
    end.port = *canonical;
}

} // namespace

LabFileError::LabFileError(std::string file, int line, std::string field, std::string problem)
    : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : "") + ": " +
                         (field.empty() ? "" : field + ": ") + problem),
      m_file(std::move(file)), m_line(line), m_field(std::move(field))
{
}

LabSpec loadLabFile(const std::string &path, const ImageCatalog &catalog)
{
    QFileInfo info(QString::fromStdString(path));
    if (info.isDir())
        info = QFileInfo(info.absoluteFilePath() + "/lab.json");
    const std::string filePath = info.absoluteFilePath().toStdString();
    // Opening a FIFO would wait for a writer forever.
    if (const std::string problem = notAFileProblem(filePath); !problem.empty())
        throw LabFileError(filePath, 0, "", "cannot open: " + problem);
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        throw LabFileError(filePath, 0, "", "cannot open: " + file.errorString().toStdString());
    const QByteArray text = file.readAll();
    const Reader reader(filePath, text);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        reader.failAtOffset(parseError.offset, "invalid JSON: " + parseError.errorString().toStdString());
    if (!document.isObject())
        reader.failAtOffset(0, "the top level must be an object");
    const QJsonObject root = document.object();
    const LabFilePath top;

    LabSpec spec;
    spec.filePath = filePath;
    spec.directory = info.absolutePath().toStdString();
    spec.name = reader.optionalString(root, top, "name").value_or(info.dir().dirName().toStdString());
    const QJsonArray nodes = reader.optionalArray(root, top, "nodes");
    if (!root.contains("nodes"))
        reader.fail(top.member("nodes"), "missing (an array of nodes is required)");
    const std::vector<int> nodeLines = reader.lines().elementLines("nodes");
    // Node name -> index in spec.nodes, so that links find their ends without a scan.
    std::unordered_map<std::string, std::size_t> nodeIndex;
    nodeIndex.reserve(static_cast<std::size_t>(nodes.size()));
    spec.nodes.reserve(static_cast<std::size_t>(nodes.size()));
    const LabFilePath nodesPath = top.member("nodes");
    for (int i = 0; i < nodes.size(); ++i) {
        const LabFilePath nodePath = nodesPath.element(i);
        LabNodeSpec node = readNode(reader, reader.objectAt(nodes, i, nodePath), nodePath, catalog);
        node.line = i < static_cast<int>(nodeLines.size()) ? nodeLines[static_cast<std::size_t>(i)] : 0;
        if (!node.config.empty()) {
            if (const std::string problem = configPathProblem(spec.directory, node.config); !problem.empty())
                reader.fail(nodePath.member("config"), problem);
        }
        if (!nodeIndex.emplace(node.name, spec.nodes.size()).second)
            reader.fail(nodePath.member("name"), "duplicate node name \"" + node.name + "\"");
        spec.nodes.push_back(std::move(node));
    }
    const QJsonArray links = reader.optionalArray(root, top, "links");
    const std::vector<int> linkLines = reader.lines().elementLines("links");
    std::set<std::pair<std::string, std::string>> usedPorts;
    spec.links.reserve(static_cast<std::size_t>(links.size()));
    const LabFilePath linksPath = top.member("links");
    for (int i = 0; i < links.size(); ++i) {
        const LabFilePath linkPath = linksPath.element(i);
        const QJsonObject object = reader.objectAt(links, i, linkPath);
        LabLinkSpec link;
        link.line = i < static_cast<int>(linkLines.size()) ? linkLines[static_cast<std::size_t>(i)] : 0;
        for (const char *side : {"a", "b"}) {
            const LabFilePath endPath = linkPath.member(side);
            const QJsonObject end = reader.object(object, linkPath, side);
            LabLinkEnd &linkEnd = side[0] == 'a' ? link.a : link.b;
            linkEnd.node = reader.string(end, endPath, "node");
            linkEnd.port = reader.string(end, endPath, "port");
            const auto node = nodeIndex.find(linkEnd.node);
            checkPort(reader, node == nodeIndex.end() ? nullptr : &spec.nodes[node->second], linkEnd,
                      endPath, catalog);
            if (!usedPorts.insert({linkEnd.node, linkEnd.port}).second)
                reader.fail(endPath, linkEnd.node + " " + linkEnd.port + " is already linked");
        }
        spec.links.push_back(std::move(link));
    }
    return spec;
}

void saveLabFile(const LabSpec &spec, const std::string &filePath)
{
    QJsonArray nodes;
    for (const LabNodeSpec &node : spec.nodes) {
        QJsonObject object;
        object["name"] = QString::fromStdString(node.name);
        object["type"] = node.kind == LabNodeSpec::Kind::Router ? "router" : "switch";
        if (node.kind == LabNodeSpec::Kind::Router) {
            object["model"] = QString::fromStdString(node.model);
            if (!node.npe.empty())
                object["npe"] = QString::fromStdString(node.npe);
            object["image"] = QString::fromStdString(node.image);
            QJsonObject slotObject;
            for (const auto &[slot, adapter] : node.slotAdapters)
                slotObject[QString::number(slot)] = QString::fromStdString(adapter);
            object["slots"] = slotObject;
            if (!node.config.empty())
                object["config"] = QString::fromStdString(node.config);
        } else {
            object["ports"] = node.ports;
            if (node.spanningTree)
                object["spanningTree"] = true;
            if (node.portSpeed != 0)
                object["speed"] = node.portSpeed;
            if (node.portDuplex != "auto")
                object["duplex"] = QString::fromStdString(node.portDuplex);
        }
        object["x"] = node.x;
        object["y"] = node.y;
        nodes.append(object);
    }
    QJsonArray links;
    for (const LabLinkSpec &link : spec.links) {
        QJsonObject object;
        object["a"] = QJsonObject{{"node", QString::fromStdString(link.a.node)}, {"port", QString::fromStdString(link.a.port)}};
        object["b"] = QJsonObject{{"node", QString::fromStdString(link.b.node)}, {"port", QString::fromStdString(link.b.port)}};
        links.append(object);
    }
    QJsonObject root;
    root["name"] = QString::fromStdString(spec.name);
    root["nodes"] = nodes;
    root["links"] = links;
    QSaveFile file(QString::fromStdString(filePath));
    if (!file.open(QIODevice::WriteOnly))
        throw LabFileError(filePath, 0, "", "cannot write: " + file.errorString().toStdString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw LabFileError(filePath, 0, "", "cannot save: " + file.errorString().toStdString());
}

} // namespace routerlab
