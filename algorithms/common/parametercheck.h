#pragma once
// The checks every algorithm makes of its parameters before anything is read
// or written: numbers inside their ranges (the message states the range) and
// outputs that destroy nothing (outputguard.h). QGIS desktop and qgis_process
// call checkParameterValues() before a run; CheckedAlgorithm words those
// checks the same way, and prepareAlgorithm() calls checkParameters() so that
// runs that skip the check (models, scripts) are guarded too.

#include <qgsprocessingalgorithm.h>

#include <QString>
#include <QVariantMap>

namespace targetgroup
{

//! Upper limits of the provider's counts, in one place (QGIS refuses larger values before a run).
namespace limits
{
//! MIN_COUNT: an area needs at least this many households to be published (the largest gemeente has about 480,000).
inline constexpr int kMaxMinimumCount = 1000000;
//! MIN_CELL: the smallest category size of a profile.
inline constexpr int kMaxMinimumCell = 1000000;
//! Synthetic households per run (the Netherlands has 8.3 million).
inline constexpr double kMaxSyntheticHouseholds = 20000000;
} // namespace limits

/**
 * The first numeric parameter of \a algorithm whose value lies outside its
 * definition's range, or is not a whole number where one is needed, worded
 * as "MIN_CELL (“Minimum cell size”) is 3000000000; it must be a whole number
 * from 1 to 1000000."; an empty string when every number fits.
 */
QString numberProblem( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

//! numberProblem(), then outputProblem(): the first problem, or an empty string.
QString parameterProblem( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

//! Throws QgsProcessingException with parameterProblem() when there is one.
void checkParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

//! "Ranges: Minimum cell size: from 1 to 1,000,000; …": the numeric ranges, for the help text.
QString numberRangesHelp( const QgsProcessingAlgorithm &algorithm );
//! \a help with numberRangesHelp() appended (as a paragraph when the help is HTML paragraphs).
QString withNumberRanges( const QString &help, const QgsProcessingAlgorithm &algorithm );

/**
 * An algorithm base whose checkParameterValues() reports parameterProblem()
 * first, in the provider's wording, then QGIS's own checks.
 */
template<class Base>
class CheckedAlgorithm : public Base
{
public:
  bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override
  {
    const QString problem = parameterProblem( *this, parameters, context );
    if ( !problem.isEmpty() )
    {
      if ( message )
        *message = problem;
      return false;
    }
    return Base::checkParameterValues( parameters, context, message );
  }
};

} // namespace targetgroup
