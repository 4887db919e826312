#pragma once
// The checks every algorithm makes of its parameters before anything is read
// or written: numbers inside their ranges (the message states the range) and
// outputs that destroy nothing (outputguard.h). QGIS desktop and qgis_process
// call checkParameterValues() before a run; CheckedAlgorithm words those
// checks the same way, and prepareAlgorithm() calls checkParameters() so that
// runs that skip the check (models, scripts) are guarded too.

#include "common/helppage.h"

#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingfeedback.h>

#include <QIcon>
#include <QString>
#include <QVariantMap>

#include <exception>

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

/**
 * Whether an optional input or output was given: any value but NULL and empty
 * text (a path, a layer, a source definition with "selected features only",
 * an output definition with a destination).
 */
bool isGiven( const QVariant &value );

/**
 * A database destination given as a source, in the provider://uri form that
 * Processing's source loaders read. QGIS 3.22's feature sinks return a
 * database destination as it was given ("postgis:dbname=… table=…", what
 * "Save to Database Table…" writes), and a later step (of fullanalysis or of
 * a model) that gets it as its input could not open it ("Could not load
 * source layer … not found"): it becomes "postgres://dbname=… table=…".
 * Files, temporary layers, layer ids and anything else pass unchanged.
 */
QVariant readableSource( const QVariant &value );
//! \a parameters with readableSource() applied to the value of every parameter that is not a destination.
QVariantMap readableSources( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters );

//! "from 2 to 20", "0 or more": the range of a number parameter in words (error messages, help text, help page).
QString rangeText( const QgsProcessingParameterNumber *number );

//! "Ranges: Minimum cell size: from 1 to 1,000,000; …": the numeric ranges, for the help text.
QString numberRangesHelp( const QgsProcessingAlgorithm &algorithm );
//! \a help with numberRangesHelp() appended (as a paragraph when the help is HTML paragraphs).
QString withNumberRanges( const QString &help, const QgsProcessingAlgorithm &algorithm );

//! The message of a run that was canceled: its outputs are incomplete.
QString canceledMessage();
//! The message for an error that is not a QgsProcessingException (an engine error that was not foreseen).
QString unexpectedErrorMessage( const QString &algorithmName, const char *what );

/**
 * The base of every algorithm of the provider (Base: QgsProcessingAlgorithm
 * or QgsProcessingFeatureBasedAlgorithm):
 * - it sits directly under the provider, with its own icon and help page;
 * - checkParameterValues() reports parameterProblem() first, in the
 *   provider's wording, then QGIS's own checks;
 * - prepareAlgorithm() and processAlgorithm() run prepareChecked() and
 *   processChecked() with readableSources(), so that an earlier step's
 *   database output opens as this step's input;
 * - processAlgorithm() runs processChecked() so that nothing but a
 *   QgsProcessingException leaves the algorithm (any other exception is
 *   reported as one, naming the algorithm), and a canceled run never reports
 *   success: its outputs are incomplete.
 */
template<class Base>
class CheckedAlgorithm : public Base
{
public:
  //! Every algorithm sits directly under the provider in the toolbox: no subgroup.
  QString group() const override { return QString(); }
  QString groupId() const override { return QString(); }
  //! Each algorithm's own icon (icons/<algorithm name>.svg), one family with the provider's.
  QString svgIconPath() const override { return QStringLiteral( ":/targetgroup/icons/%1.svg" ).arg( this->name() ); }
  QIcon icon() const override { return QIcon( svgIconPath() ); }
  //! The Help button opens a page written from this algorithm's own definitions (helppage.h).
  QString helpUrl() const override { return helpPageUrl( *this ); }

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

protected:
  //! What prepareAlgorithm() would be; its parameters have readableSources().
  virtual bool prepareChecked( const QVariantMap &, QgsProcessingContext &, QgsProcessingFeedback * ) { return true; }
  //! What processAlgorithm() would be: the algorithm's work; its parameters have readableSources().
  virtual QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) = 0;

  bool prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) final
  {
    return prepareChecked( readableSources( *this, parameters ), context, feedback );
  }

  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) final
  {
    QVariantMap results;
    try
    {
      results = processChecked( readableSources( *this, parameters ), context, feedback );
    }
    catch ( const QgsProcessingException & )
    {
      throw;
    }
    catch ( const std::exception &error )
    {
      throw QgsProcessingException( unexpectedErrorMessage( this->displayName(), error.what() ) );
    }
    if ( feedback && feedback->isCanceled() )
      throw QgsProcessingException( canceledMessage() );
    return results;
  }
};

} // namespace targetgroup
