namespace ComplaintMonitor.Domain.Evaluations;

/// <summary>The five levels of 好差评, numbered as devices send them: 5 非常满意 … 1 非常不满意.</summary>
public enum EvaluationLevel
{
    VeryDissatisfied = 1,
    Dissatisfied = 2,
    BasicallySatisfied = 3,
    Satisfied = 4,
    VerySatisfied = 5,
}

public static class EvaluationLevels
{
    /// <summary>差评 = 不满意 or 非常不满意: each opens a 差评 case.</summary>
    public static bool IsBad(this EvaluationLevel level) => level <= EvaluationLevel.Dissatisfied;

    public static bool IsDefined(int level) => level is >= 1 and <= 5;

    /// <summary>The level's name as the rater saw it (also the text of a 差评 case's content).</summary>
    public static string ZhName(this EvaluationLevel level) => level switch
    {
        EvaluationLevel.VeryDissatisfied => "非常不满意",
        EvaluationLevel.Dissatisfied => "不满意",
        EvaluationLevel.BasicallySatisfied => "基本满意",
        EvaluationLevel.Satisfied => "满意",
        _ => "非常满意",
    };
}
