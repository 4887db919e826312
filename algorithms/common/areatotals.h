#pragma once
// Reading the additive sums of an area layer written by aggregateareas
// (MIN_COUNT 0) back into engine::AreaTotals, for the algorithms that treat
// those areas as fine areas of a coarser one (rollupareas: wijk, gemeente;
// libraryreport: a library's service area). One rule for what such a layer
// must hold: the fields, no suppressed rows, sums that can come from
// households.

#include "engine/areaaggregation.h"

#include <qgsfeature.h>
#include <qgsfields.h>

#include <QString>

namespace targetgroup
{

//! Indexes of the additive fields (and the suppressed flag) in an area layer.
struct AreaTotalsFields
{
  int households = -1, expected = -1, variance = -1, reference = -1;
  int members = -1, memberExpected = -1, suppressed = -1;

  /**
   * The indexes in \a fields; throws when one is missing, naming the layer
   * (\a layerDescription, e.g. "INPUT") and the field, and telling the user to
   * use an output of "Aggregate households to areas".
   */
  static AreaTotalsFields locate( const QgsFields &fields, const QString &layerDescription );
  //! The indexes, for QgsFeatureRequest::setSubsetOfAttributes().
  QgsAttributeList attributes() const;
};

//! The sums of one area and whether it has membership figures (mem_total not NULL).
struct AreaTotalsRead
{
  engine::AreaTotals totals;
  bool hasMembership = false;
};

/**
 * The sums of \a area. Throws a QgsProcessingException naming the area
 * (\a areaDescription, e.g. "Fine area BU01 (feature 3) of INPUT") when it is
 * suppressed (its sums are withheld: \a suppressedAdvice says what to run
 * instead), when a sum is missing, or when the sums cannot come from
 * households (shares above 100%, intervals with low > high).
 */
AreaTotalsRead readAreaTotals( const QgsFeature &area, const AreaTotalsFields &fields, const QString &areaDescription, const QString &suppressedAdvice );

} // namespace targetgroup
