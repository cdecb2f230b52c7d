// herald._herald: the C++ side of the Python module (python/herald/__init__.py wraps it).
//
// A Coder here owns a herald::Coder built from the same dictionary choices as the command line
// (built-in, a folder, or single files) and the syntax model found as `herald code` finds it.
// Stories are copied out of Python objects while the GIL is held; the coding itself runs with
// the GIL released, so Python threads (and Dask workers with several threads) code in parallel.
// Events come back with the field names and values of the `herald code` JSON Lines output.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "herald/builtin_dictionaries.h"
#include "herald/coder.h"
#include "herald/dictionary_loader.h"
#include "herald/event.h"
#include "herald/io.h"
#include "herald/story.h"
#include "herald/syntax.h"

namespace py = pybind11;

namespace herald::python {

namespace {

struct DictionaryChoice {
  std::string dir;
  lexicon::DictionaryPaths files;
  std::string format;

  bool names_files() const {
    return !files.actors.empty() || !files.agents.empty() || !files.verbs.empty() ||
           !files.discards.empty() || !files.issues.empty();
  }
};

lexicon::DictionaryFormat parse_dictionary_format(const std::string& name) {
  if (name == "petrarch") return lexicon::DictionaryFormat::kPetrarch;
  if (name == "tabari") return lexicon::DictionaryFormat::kTabari;
  throw py::value_error("dict_format must be 'petrarch' or 'tabari', not '" + name + "'");
}

// "YYYY-MM-DD" for any date form the readers accept, "" for none; ValueError naming the story
// otherwise, as the readers reject such a record.
std::string story_date(const std::string& date, const std::string& id) {
  if (date.empty()) return date;
  std::optional<std::string> normalized = normalize_date(date);
  if (!normalized) {
    throw py::value_error("story '" + id + "': bad date '" + date + "' (expected YYYY-MM-DD)");
  }
  return *std::move(normalized);
}

// The UTF-8 of a Python str. A str holds code points, not bytes, so it is valid UTF-8 unless it
// carries lone surrogates (from a bad decode with errors='surrogateescape'), which JSON Lines
// input cannot hold either.
std::string_view utf8_text(const py::handle& text, const std::string& id) {
  if (!PyUnicode_Check(text.ptr())) {
    throw py::type_error("story '" + id + "': text must be str, not " +
                         std::string(Py_TYPE(text.ptr())->tp_name));
  }
  Py_ssize_t size = 0;
  const char* bytes = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
  if (bytes == nullptr) {
    PyErr_Clear();
    throw py::value_error("story '" + id + "': text is not valid Unicode (it holds a lone surrogate)");
  }
  return std::string_view(bytes, static_cast<size_t>(size));
}

// A story as the JSON Lines reader makes it from {"id", "date", "text"}: the text as given, the
// date normalized.
Story make_story(std::string id, const std::string& date, const py::handle& text) {
  Story story;
  story.text = std::string(utf8_text(text, id));
  story.date = story_date(date, id);
  story.id = std::move(id);
  return story;
}

// A field of an event as a Python value: str, int, float, None or a [begin, end] list.
template <typename Value>
py::object python_value(const Value& value) {
  if constexpr (std::is_same_v<Value, Span>) {
    py::list out(2);
    out[0] = py::int_(value.begin);
    out[1] = py::int_(value.end);
    return out;
  } else if constexpr (std::is_same_v<Value, std::optional<int>>) {
    return value ? py::object(py::int_(*value)) : py::object(py::none());
  } else if constexpr (std::is_same_v<Value, std::optional<double>>) {
    return value ? py::object(py::float_(*value)) : py::object(py::none());
  } else if constexpr (std::is_same_v<Value, std::string>) {
    return py::str(value);
  } else {
    return py::int_(value);
  }
}

// One event as the JSON Lines writer (event_to_json) writes it, keys in the same order.
py::dict event_dict(const Event& event) {
  py::dict out;
  for_each_field(event, [&out](const char* name, const auto& value) { out[name] = python_value(value); });
  return out;
}

// The events of many stories as columns named and ordered like the CSV output (kEventColumns).
py::dict event_columns(const std::vector<Event>& events) {
  std::vector<py::list> columns;
  columns.reserve(kEventColumnCount);
  for (size_t i = 0; i < kEventColumnCount; ++i) columns.emplace_back(events.size());
  for (size_t row = 0; row < events.size(); ++row) {
    size_t column = 0;
    for_each_column(events[row], [&](std::string_view, const auto& value) {
      columns[column++][row] = python_value(value);
    });
  }
  py::dict out;
  for (size_t column = 0; column < kEventColumnCount; ++column) {
    out[py::str(kEventColumns[column])] = columns[column];
  }
  return out;
}

class PyCoder {
 public:
  PyCoder(DictionaryChoice dictionaries, const std::string& models, uint32_t beam, double beam_margin) {
    if (dictionaries.names_files() && !dictionaries.dir.empty()) {
      throw py::value_error("give either dict_dir or single dictionary files, not both");
    }
    dictionaries.files.format = parse_dictionary_format(dictionaries.format);
    py::gil_scoped_release release;
    lexicon::Dictionaries loaded;
    if (dictionaries.names_files()) {
      loaded = lexicon::load_dictionaries(dictionaries.files, &report_);
      source_ = "files";
    } else if (!dictionaries.dir.empty()) {
      loaded = lexicon::load_dictionary_dir(dictionaries.dir, &report_);
      source_ = dictionaries.dir;
    } else {
      loaded = lexicon::load_builtin_dictionaries(&report_);
      source_ = "built-in";
    }
    std::unique_ptr<syntax::SyntaxModel> model = syntax::SyntaxModel::load(models);
    if (beam > 0) model->set_beam_width(beam);
    if (beam_margin >= 0) model->set_score_margin(beam_margin);
    coder_ = std::make_unique<const Coder>(std::move(loaded), std::move(model));
  }

  py::list code(const py::object& text, const std::string& date, std::string id) const {
    Story story = make_story(std::move(id), date, text);
    CodedStory coded;
    {
      py::gil_scoped_release release;
      coded = coder_->code(std::move(story));
    }
    py::list out;
    for (const Event& event : coded.events) out.append(event_dict(event));
    return out;
  }

  py::dict code_columns(std::vector<std::string> ids, const std::vector<std::string>& dates,
                        const py::list& texts) const {
    if (ids.size() != texts.size() || dates.size() != texts.size()) {
      throw py::value_error("ids, dates and texts must have the same length");
    }
    std::vector<Story> stories;
    stories.reserve(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) stories.push_back(make_story(std::move(ids[i]), dates[i], texts[i]));
    std::vector<Event> events;
    {
      py::gil_scoped_release release;
      for (Story& story : stories) {
        CodedStory coded = coder_->code(std::move(story));
        for (Event& event : coded.events) events.push_back(std::move(event));
      }
    }
    return event_columns(events);
  }

  std::vector<std::string> diagnostics() const {
    std::vector<std::string> out;
    out.reserve(report_.diagnostics.size());
    for (const Diagnostic& diagnostic : report_.diagnostics) out.push_back(diagnostic.to_string());
    return out;
  }

  size_t dictionary_errors() const { return report_.error_count(); }
  const std::string& dictionary_source() const { return source_; }

 private:
  lexicon::LoadReport report_;
  std::string source_;
  std::unique_ptr<const Coder> coder_;
};

}  // namespace

}  // namespace herald::python

PYBIND11_MODULE(_herald, m) {
  using herald::python::DictionaryChoice;
  using herald::python::PyCoder;
  m.doc() = "herald's C++ coder; use the `herald` package, which wraps it.";
  m.attr("__version__") = HERALD_VERSION;

  py::list columns;
  for (size_t i = 0; i < herald::kEventColumnCount; ++i) columns.append(herald::kEventColumns[i]);
  m.attr("EVENT_COLUMNS") = py::tuple(columns);
  py::list fields;
  herald::for_each_field(herald::Event{}, [&fields](const char* name, const auto&) { fields.append(name); });
  m.attr("EVENT_FIELDS") = py::tuple(fields);

  py::register_exception<herald::syntax::ModelError>(m, "ModelError", PyExc_RuntimeError);

  py::class_<PyCoder>(m, "Coder")
      .def(py::init([](const std::string& dict_dir, std::vector<std::string> actors, const std::string& agents,
                       const std::string& verbs, const std::string& discards, const std::string& issues,
                       const std::string& dict_format, const std::string& models, uint32_t beam,
                       double beam_margin) {
             DictionaryChoice choice;
             choice.dir = dict_dir;
             choice.files.actors = std::move(actors);
             choice.files.agents = agents;
             choice.files.verbs = verbs;
             choice.files.discards = discards;
             choice.files.issues = issues;
             choice.format = dict_format;
             return std::make_unique<PyCoder>(std::move(choice), models, beam, beam_margin);
           }),
           py::kw_only(), py::arg("dict_dir") = "", py::arg("actors") = std::vector<std::string>{},
           py::arg("agents") = "", py::arg("verbs") = "", py::arg("discards") = "", py::arg("issues") = "",
           py::arg("dict_format") = "petrarch", py::arg("models") = "", py::arg("beam") = 0u,
           py::arg("beam_margin") = -1.0)
      .def("code", &PyCoder::code, py::arg("text"), py::kw_only(), py::arg("date") = "", py::arg("id") = "",
           "Codes one story; a list of event dicts with the fields of `herald code` JSON Lines.")
      .def("code_columns", &PyCoder::code_columns, py::arg("ids"), py::arg("dates"), py::arg("texts"),
           "Codes stories given as three equal-length lists; the events as columns (CSV order).")
      .def_property_readonly("diagnostics", &PyCoder::diagnostics,
                             "What loading the dictionaries reported, one 'file:line: error: ...' per item.")
      .def_property_readonly("dictionary_errors", &PyCoder::dictionary_errors)
      .def_property_readonly("dictionary_source", &PyCoder::dictionary_source,
                             "'built-in', the dict_dir folder, or 'files'.");
}
