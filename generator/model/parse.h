// The parse pipeline for one file: ingest → recognize → model. Takes: a SourceText (or a
// path). Gives: a Disclosure with every table, project, performance form and narrative
// section, the headline summary, and the parse-time checks (missing-table, unparsed).
// Validation (stage 4) adds the data-quality checks afterwards.
#pragma once

#include <string>

#include "ingest/source_text.h"
#include "model/disclosure.h"
#include "recognize/outline.h"

namespace budgetsite {

Disclosure build_disclosure(const SourceText& text);
// The model of any document: its tables read from their layout (a cell export first laid out
// on its cell grid, recognize/cell_text.h), its prose and performance forms from the text.
Disclosure build_layout_disclosure(const SourceText& text);
// ingest_file + build_disclosure. Throws InputError for unusable input.
Disclosure parse_disclosure_file(const std::string& path);

// Pieces of the model stage, exposed for tests.
// The summary of a document read from its layout (any template): tables in their own units.
Summary summarize_layout(const Disclosure& d);
std::vector<Section> read_sections(const SourceText& text, const DocumentOutline& outline);
// The terms the 名词解释 sections define: numbered entries "一、term：definition" (also （一）,
// 1. and 1、), an entry running on over the section breaks and paragraphs that split it, the
// page headers repeated through the document left out. Terms longer than 20 characters (the
// full 类/款/项 names some documents explain) are left out.
std::vector<GlossaryEntry> read_glossary(const std::vector<Section>& sections);
Performance read_performance(const SourceText& text, const PerformanceRegion& region);

}  // namespace budgetsite
