#pragma once
// Reads the sums of fine areas (an unsuppressed output of aggregateareas) for
// everything that rolls them up without reading the households again:
// rollupareas (coarser areas) and libraryreport (library service areas). One
// place for which fields they need and which sums are refused.

#include "engine/areaaggregation.h"

#include <qgsfeature.h>
#include <qgsfields.h>

#include <QString>

namespace targetgroup
{

//! The sums of one fine area.
struct FineAreaTotals
{
  engine::AreaTotals totals;
  bool hasMembership = false; //!< mem_total is not NULL
};

class FineAreaTotalsReader
{
public:
  /**
   * Looks up the figure fields in \a fields (those of the layer given as
   * \a parameterName, e.g. "INPUT" or "AREAS"); throws QgsProcessingException
   * naming the missing field. \a codeIndex (or -1) names areas in messages.
   */
  FineAreaTotalsReader( const QgsFields &fields, const QString &parameterName, int codeIndex = -1 );

  //! The attributes read() needs (plus the code field), for setSubsetOfAttributes().
  QgsAttributeList attributes() const;

  /**
   * The sums of \a fine. Throws QgsProcessingException, naming the area and
   * what to run instead, when the area is suppressed (its sums are withheld:
   * a roll-up would undercount), a sum is NULL or not a number, or the sums
   * cannot come from households (engine::totalsProblem()).
   */
  FineAreaTotals read( const QgsFeature &fine ) const;

  //! "WK022801 (feature 3)", or "feature 3" without a code.
  QString areaName( const QgsFeature &fine ) const;

private:
  QString mParameterName;
  int mCodeIndex = -1;
  int mHouseholdsIndex = -1, mExpectedIndex = -1, mVarianceIndex = -1, mReferenceIndex = -1;
  int mMembersIndex = -1, mMemberExpectedIndex = -1, mSuppressedIndex = -1;
};

} // namespace targetgroup
