#include "common/areareportmodel.h"

#include "common/outputschema.h"

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfeaturesource.h>
#include <qgsfeedback.h>
#include <qgsprocessingutils.h>

#include <QObject>

#include <algorithm>
#include <cmath>

namespace targetgroup
{

namespace
{

std::optional<double> numberOrNull( const QVariant &value )
{
  bool numeric = false;
  const double number = value.toDouble( &numeric );
  if ( value.isNull() || !numeric || !std::isfinite( number ) )
    return std::nullopt;
  return number;
}

//! The descriptive categories worth a campaign's attention, highest index first, at most \a topCount.
std::vector<engine::CategorySummary> campaignCharacteristics( const engine::Profile &profile, int topCount )
{
  std::vector<engine::CategorySummary> soft;
  for ( engine::CategorySummary &summary : engine::summarizeProfile( profile ) )
  {
    // "(missing)" and "(other)" say nothing a campaign can use.
    if ( !summary.usedForScoring && summary.label != engine::kMissingCategory && summary.label != engine::kOtherCategory && std::isfinite( summary.index.index ) )
      soft.push_back( std::move( summary ) );
  }
  std::stable_sort( soft.begin(), soft.end(), []( const engine::CategorySummary &a, const engine::CategorySummary &b )
                    { return a.index.index > b.index.index; } );
  if ( static_cast<int>( soft.size() ) > topCount )
    soft.resize( static_cast<std::size_t>( std::max( topCount, 0 ) ) );
  return soft;
}

} // namespace

QStringList AreaReportFields::required()
{
  return { schema::kHouseholds, schema::kExpected, schema::kExpectedLow, schema::kExpectedHigh,
           schema::kShare, schema::kAreaIndex, schema::kMemberExpected, schema::kReach,
           schema::kUntapped, schema::kSuppressed };
}

QStringList AreaReportFields::missing( const QgsFields &fields )
{
  QStringList absent;
  const QStringList names = required();
  for ( const QString &name : names )
  {
    if ( fields.lookupField( name ) < 0 )
      absent << name;
  }
  return absent;
}

AreaReportFields AreaReportFields::locate( const QgsFields &fields, const QString &nameField )
{
  AreaReportFields located;
  located.name = fields.lookupField( nameField.isEmpty() ? schema::kCbsNameField : nameField );
  located.code = fields.lookupField( schema::kCbsCodeField );
  if ( located.code == located.name )
    located.code = -1;
  located.households = fields.lookupField( schema::kHouseholds );
  located.expected = fields.lookupField( schema::kExpected );
  located.expectedLow = fields.lookupField( schema::kExpectedLow );
  located.expectedHigh = fields.lookupField( schema::kExpectedHigh );
  located.share = fields.lookupField( schema::kShare );
  located.index = fields.lookupField( schema::kAreaIndex );
  located.memberExpected = fields.lookupField( schema::kMemberExpected );
  located.reach = fields.lookupField( schema::kReach );
  located.untapped = fields.lookupField( schema::kUntapped );
  located.suppressed = fields.lookupField( schema::kSuppressed );
  return located;
}

std::optional<AreaReportModel> AreaReportModel::read( QgsFeatureSource &areas, const AreaReportFields &fields, const QString &sourceName,
                                                      AreaReportSettings settings, QgsFeedback *feedback )
{
  AreaReportModel model;
  model.mSourceName = sourceName;
  model.mHasCodes = fields.code >= 0;
  model.mCrs = areas.sourceCrs();
  model.mWkbType = areas.wkbType();
  if ( settings.profile )
    model.mSoftCharacteristics = campaignCharacteristics( *settings.profile, settings.topCount );
  model.mSettings = std::move( settings );

  auto attribute = []( const QgsFeature &feature, int index )
  { return index >= 0 ? feature.attribute( index ) : QVariant(); };

  QgsAttributeList attributes;
  for ( const int index : { fields.name, fields.code, fields.households, fields.expected, fields.expectedLow, fields.expectedHigh, fields.share,
                            fields.index, fields.memberExpected, fields.reach, fields.untapped, fields.suppressed } )
  {
    if ( index >= 0 )
      attributes << index;
  }
  QgsFeatureRequest request;
  request.setSubsetOfAttributes( attributes );
  // The map draws the areas as they are: an invalid polygon must not stop the report.
  auto *processingSource = dynamic_cast<QgsProcessingFeatureSource *>( &areas );
  QgsFeatureIterator iterator = processingSource ? processingSource->getFeatures( request, compat::SourceSkipGeometryValidityChecks ) : areas.getFeatures( request );

  const long long total = areas.featureCount();
  const double step = total > 0 ? 100.0 / static_cast<double>( total ) : 1;
  long long read = 0;
  QgsFeature area;
  while ( iterator.nextFeature( area ) )
  {
    if ( feedback && feedback->isCanceled() )
      return std::nullopt;
    if ( feedback )
      feedback->setProgress( static_cast<double>( read++ ) * step );

    AreaReportRow row;
    row.id = area.id();
    const QVariant name = attribute( area, fields.name );
    if ( fields.name < 0 )
      row.name = QObject::tr( "Area %1" ).arg( area.id() );
    else
      row.name = name.isNull() ? QObject::tr( "(no name, feature %1)" ).arg( area.id() ) : name.toString();
    const QVariant code = attribute( area, fields.code );
    if ( !code.isNull() )
      row.code = code.toString();
    row.households = attribute( area, fields.households ).toLongLong();
    row.suppressed = attribute( area, fields.suppressed ).toInt() == 1;
    row.expected = numberOrNull( attribute( area, fields.expected ) );
    row.expectedLow = numberOrNull( attribute( area, fields.expectedLow ) );
    row.expectedHigh = numberOrNull( attribute( area, fields.expectedHigh ) );
    row.share = numberOrNull( attribute( area, fields.share ) );
    row.index = numberOrNull( attribute( area, fields.index ) );
    row.memberExpected = numberOrNull( attribute( area, fields.memberExpected ) );
    row.reach = numberOrNull( attribute( area, fields.reach ) );
    row.untapped = numberOrNull( attribute( area, fields.untapped ) );
    row.geometry = area.geometry();

    if ( row.suppressed )
      ++model.mSuppressedCount;
    else if ( row.share )
      model.mMapShares << *row.share;
    else
      model.mHasAreasWithoutEstimate = true;

    if ( !row.suppressed && row.expected )
    {
      model.mTotals.households += row.households;
      model.mTotals.expected += *row.expected;
      if ( row.memberExpected )
      {
        model.mTotals.memberExpected += *row.memberExpected;
        model.mTotals.expectedWithMembership += *row.expected;
      }
    }
    model.mRows.push_back( std::move( row ) );
  }
  if ( feedback )
    feedback->setProgress( 100 );
  return model;
}

std::optional<double> AreaReportModel::reach() const
{
  if ( !membershipKnown() )
    return std::nullopt;
  return mTotals.memberExpected / mTotals.expectedWithMembership;
}

std::optional<double> AreaReportModel::overallShare() const
{
  if ( mTotals.households <= 0 )
    return std::nullopt;
  return mTotals.expected / static_cast<double>( mTotals.households );
}

std::vector<const AreaReportRow *> AreaReportModel::top( std::optional<double> AreaReportRow::*figure ) const
{
  std::vector<const AreaReportRow *> ranked;
  for ( const AreaReportRow &row : mRows )
  {
    if ( !row.suppressed && row.*figure )
      ranked.push_back( &row );
  }
  std::stable_sort( ranked.begin(), ranked.end(), [figure]( const AreaReportRow *a, const AreaReportRow *b )
                    { return *( a->*figure ) > *( b->*figure ); } );
  if ( static_cast<int>( ranked.size() ) > mSettings.topCount )
    ranked.resize( static_cast<std::size_t>( std::max( mSettings.topCount, 0 ) ) );
  return ranked;
}

std::vector<const AreaReportRow *> AreaReportModel::topByExpected() const
{
  return top( &AreaReportRow::expected );
}

std::vector<const AreaReportRow *> AreaReportModel::topByUntapped() const
{
  return top( &AreaReportRow::untapped );
}

} // namespace targetgroup
