#pragma once
// What an area report says, gathered from an area layer made by
// aggregateareas / rollupareas (and optionally a profile) without drawing or
// writing anything: one row per area, the totals over the areas shown, the
// shares the map classes are cut from, the top-N rankings and the soft
// characteristics. The renderer (areareportrenderer.h) turns it into a map
// and a page; tests check the numbers here.

#include "common/qgiscompat.h"
#include "engine/profile.h"
#include "engine/profilesummary.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeatureid.h>
#include <qgsfields.h>
#include <qgsgeometry.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QgsFeatureSource;
class QgsFeedback;

namespace targetgroup
{

//! Where the report finds what it reads in the area layer (field indexes, -1 = absent).
struct AreaReportFields
{
  int name = -1; //!< -1: the areas are numbered ("Area 3")
  int code = -1; //!< -1: no code column
  int households = -1;
  int expected = -1;
  int expectedLow = -1;
  int expectedHigh = -1;
  int share = -1;
  int index = -1;
  int memberExpected = -1;
  int reach = -1;
  int untapped = -1;
  int suppressed = -1;

  //! The figure fields the report reads (written by aggregateareas / rollupareas), from the output schema.
  static QStringList required();
  //! The fields of required() that \a fields lacks, in that order.
  static QStringList missing( const QgsFields &fields );
  /**
   * The indexes in \a fields. The name is \a nameField, or the CBS name field
   * (statnaam) when \a nameField is empty and the layer has it; the code is the
   * CBS code field (statcode) unless that is the name already. Check missing()
   * and the name field first: absent fields get -1.
   */
  static AreaReportFields locate( const QgsFields &fields, const QString &nameField = QString() );
};

//! The choices that shape a report beyond the areas themselves.
struct AreaReportSettings
{
  //! Length of each ranking and of the soft-characteristics list.
  int topCount = 10;
  //! Prevalence the scoring was calibrated to, quoted in the methods; unknown when empty.
  std::optional<double> prevalence;
  //! Suppression threshold of the aggregation, quoted in the methods and the legend; -1: unknown.
  int minimumCount = -1;
  //! The profile whose descriptive fields give the soft characteristics.
  std::optional<engine::Profile> profile;
  //! The profile's file name, for the methods.
  QString profileFileName;
  //! The page title; "Target group: areas" when empty.
  QString title;
  //! Paragraphs (plain text) shown under the title, e.g. the totals of a library's service area.
  QStringList introduction;
  //! A page the report links back to (relative URL, e.g. "index.html"), with \a backLinkText; none when empty.
  QString backLinkUrl;
  QString backLinkText;
  //! A boundary drawn over the areas on the map (a library's service area), in the CRS of the areas; none when null.
  QgsGeometry outline;
};

//! One area as the report shows it. Suppressed areas have only name, code, households and geometry.
struct AreaReportRow
{
  QgsFeatureId id = 0;
  QString name;
  QString code;
  long long households = 0;
  bool suppressed = false;
  std::optional<double> expected;
  std::optional<double> expectedLow;
  std::optional<double> expectedHigh;
  std::optional<double> share;
  std::optional<double> index;
  std::optional<double> memberExpected;
  std::optional<double> reach;
  std::optional<double> untapped;
  //! For the map only.
  QgsGeometry geometry;
};

//! Sums over the areas shown: not suppressed and with an estimate.
struct AreaReportTotals
{
  long long households = 0;
  double expected = 0;
  //! Expected target households among members, over the areas whose membership is known.
  double memberExpected = 0;
  //! Expected target households over the same areas: the denominator of the reach.
  double expectedWithMembership = 0;
};

class AreaReportModel
{
public:
  /**
   * Reads every area of \a areas in one pass (progress 0–100 on \a feedback).
   * \a sourceName names the layer in the report. Returns nothing when
   * \a feedback is canceled.
   */
  static std::optional<AreaReportModel> read( QgsFeatureSource &areas, const AreaReportFields &fields, const QString &sourceName,
                                              AreaReportSettings settings, QgsFeedback *feedback = nullptr );

  const QString &sourceName() const { return mSourceName; }
  const AreaReportSettings &settings() const { return mSettings; }
  //! Every area, in layer order.
  const std::vector<AreaReportRow> &rows() const { return mRows; }
  long long areaCount() const { return static_cast<long long>( mRows.size() ); }
  long long suppressedCount() const { return mSuppressedCount; }
  //! Whether the rows have an area code beside the name.
  bool hasCodes() const { return mHasCodes; }

  const AreaReportTotals &totals() const { return mTotals; }
  //! Whether any area shown has membership figures (a MEMBER expression was given when aggregating).
  bool membershipKnown() const { return mTotals.expectedWithMembership > 0; }
  //! Share of the expected target households who are members; empty when membership is unknown.
  std::optional<double> reach() const;
  //! Expected share of target households over the areas shown; empty without households.
  std::optional<double> overallShare() const;

  //! The shares of the areas that are neither suppressed nor without an estimate: the map classes are cut from these.
  const QList<double> &mapShares() const { return mMapShares; }
  //! Whether an area that is not suppressed has no estimate (no households): the map needs a class for it.
  bool hasAreasWithoutEstimate() const { return mHasAreasWithoutEstimate; }

  //! The areas with the most expected target households, highest first, at most topCount; ties in layer order.
  std::vector<const AreaReportRow *> topByExpected() const;
  //! The same by untapped potential (expected target households who are not members).
  std::vector<const AreaReportRow *> topByUntapped() const;

  /**
   * The profile's descriptive categories that say something a campaign can
   * use ("(missing)", "(other)" and categories without an index left out),
   * highest index first, at most topCount. Empty without a profile.
   */
  const std::vector<engine::CategorySummary> &softCharacteristics() const { return mSoftCharacteristics; }

  //! CRS and geometry type of the rows' geometries (those of the area layer).
  const QgsCoordinateReferenceSystem &crs() const { return mCrs; }
  compat::WkbType wkbType() const { return mWkbType; }

private:
  AreaReportModel() = default;
  std::vector<const AreaReportRow *> top( std::optional<double> AreaReportRow::*figure ) const;

  QString mSourceName;
  AreaReportSettings mSettings;
  std::vector<AreaReportRow> mRows;
  long long mSuppressedCount = 0;
  bool mHasCodes = false;
  AreaReportTotals mTotals;
  QList<double> mMapShares;
  bool mHasAreasWithoutEstimate = false;
  std::vector<engine::CategorySummary> mSoftCharacteristics;
  QgsCoordinateReferenceSystem mCrs;
  compat::WkbType mWkbType = compat::WkbMultiPolygon;
};

} // namespace targetgroup
