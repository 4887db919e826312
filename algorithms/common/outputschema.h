#pragma once
// The fields targetgroup writes, in one place: names, types, widths,
// aliases and display decimals of the household fields added by scoring and
// of the area figures added by aggregation and roll-up, and the CBS field
// names the algorithms default to. Algorithms, styles, reports and tests take
// names from here and never spell them out.

#include "common/qgiscompat.h"
#include "engine/areaaggregation.h"

#include <qgsfeature.h>
#include <qgsfields.h>

#include <QString>

#include <vector>

class QgsVectorLayer;

namespace targetgroup::schema
{

// --- fields added to every scored household ---------------------------------
inline const QString kProbability = QStringLiteral( "tg_prob" );
inline const QString kHouseholdIndex = QStringLiteral( "tg_index" );
inline const QString kReference = QStringLiteral( "tg_ref" );
//! The slim household output's key: the input household's feature id (join back on it).
inline const QString kHouseholdFeatureId = QStringLiteral( "hh_fid" );

// --- fields added to every household by member matching (common/memberfile.h) ---
inline const QString kMemberCount = QStringLiteral( "mem_count" );
inline const QString kIsMember = QStringLiteral( "is_member" );
//! The field of the unmatched members that says why (an engine::reasonCode()).
inline const QString kUnmatchedReason = QStringLiteral( "unmatched_reason" );

// --- fields added to every area -------------------------------------------------
inline const QString kHouseholds = QStringLiteral( "hh_total" );
inline const QString kExpected = QStringLiteral( "tg_expected" );
inline const QString kExpectedLow = QStringLiteral( "tg_expected_low" );
inline const QString kExpectedHigh = QStringLiteral( "tg_expected_high" );
inline const QString kVariance = QStringLiteral( "tg_variance" );
inline const QString kAreaReference = QStringLiteral( "tg_ref" );
inline const QString kShare = QStringLiteral( "tg_share" );
inline const QString kAreaIndex = QStringLiteral( "tg_index" );
inline const QString kMembers = QStringLiteral( "mem_total" );
inline const QString kPenetration = QStringLiteral( "mem_penetration" );
inline const QString kMemberExpected = QStringLiteral( "mem_tg_expected" );
inline const QString kReach = QStringLiteral( "tg_reach" );
inline const QString kUntapped = QStringLiteral( "tg_untapped" );
inline const QString kSuppressed = QStringLiteral( "suppressed" );

// --- fields of the per-library outputs (libraryreport) ----------------------------
//! The library's name, from its name field in the library layer.
inline const QString kLibraryName = QStringLiteral( "library_name" );
//! The feature id of the library in the library layer.
inline const QString kLibraryId = QStringLiteral( "library_fid" );
//! The number of areas assigned to the library.
inline const QString kAreaCount = QStringLiteral( "area_count" );

// --- CBS area layers (Wijk- en Buurtkaart) ---------------------------------------
//! The area code field (BU…, WK…, GM…, PV…) of CBS layers; the default code field everywhere.
inline const QString kCbsCodeField = QStringLiteral( "statcode" );
//! The area name field of CBS layers; the default name field of reports.
inline const QString kCbsNameField = QStringLiteral( "statnaam" );

//! How a field's values read: decides decimals in tables and reports.
enum class Display
{
  Count,       //!< whole households
  Expected,    //!< an expected number of households (decimals below 10)
  Share,       //!< a fraction 0..1 shown as a percentage
  Index,       //!< 100 = average, shown without decimals
  Probability, //!< a probability 0..1
  Variance,    //!< a technical sum, full precision
  Flag,        //!< 0/1
  Text,        //!< a name
};

//! One output field: everything any part of the provider needs to know about it.
struct OutputField
{
  QString name;
  compat::FieldKind kind;
  int length;
  int precision;
  Display display;
  //! Untranslated alias (QT_TRANSLATE_NOOP context "QObject"); alias() translates it.
  const char *aliasSource;

  QgsField field() const;
  QString alias() const;
};

//! The fields scoring adds to every household, in order.
const std::vector<OutputField> &householdScoreFields();
//! The fields member matching adds to every household, in order (mem_count, is_member).
const std::vector<OutputField> &householdMemberFields();
//! The fields aggregation and roll-up add to every area, in order.
const std::vector<OutputField> &areaFigureFields();
//! The fields that tag an area with its library (libraryreport): library_name, library_fid.
const std::vector<OutputField> &libraryTagFields();
//! The fields that lead each row of the per-library table (libraryreport): library_name, library_fid, area_count; the area figures follow.
const std::vector<OutputField> &libraryTableFields();
//! The field of \a fields with that name, or nullptr.
const OutputField *findOutputField( const std::vector<OutputField> &fields, const QString &name );

//! The same lists as QgsFields (with aliases), ready for a sink.
QgsFields householdScoreQgsFields();
//! The slim household output: kHouseholdFeatureId, then householdScoreFields().
QgsFields slimHouseholdQgsFields();
QgsFields areaFigureQgsFields();
QgsFields householdMemberQgsFields();

/**
 * Throws a QgsProcessingException when \a existing already has one of the
 * fields of \a added: the output would hold the name twice. The message names
 * the layer (\a layerDescription), the field and what to do.
 */
void checkNoFieldClash( const QgsFields &existing, const std::vector<OutputField> &added, const QString &layerDescription );

//! Appends an area's figures as attributes, in areaFigureFields() order; empty values become NULL.
void appendAreaFigures( QgsAttributes &attributes, const engine::AreaFigures &figures );

//! The virtual field that shows a share field as a percentage ("tg_share" -> "tg_share_pct").
QString percentFieldName( const QString &shareField );

//! Decimals shown for a number of this kind in tables (the attribute table, reports); -1: as stored.
int displayDecimals( Display display );

/**
 * Sets, for every field of \a fields that \a layer has, its alias (in the
 * user's language) and how QGIS shows its numbers: the "Range" widget with
 * displayDecimals() decimals (QGIS's attribute table and identify results
 * round to it; the stored value keeps full precision), and beside every
 * share (0–1) a virtual field percentFieldName() that shows it as a
 * percentage with one decimal. QGIS keeps all of it in the layer's style, so
 * it travels with the stored default style.
 */
void applyFieldDisplay( QgsVectorLayer &layer, const std::vector<OutputField> &fields );

} // namespace targetgroup::schema
