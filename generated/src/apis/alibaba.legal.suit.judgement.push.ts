// Generated from specs/legalsuit/alibaba.legal.suit.judgement.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.suit.judgement.push` (推送裁判登记信息给集团法务系统). */
export interface AlibabaLegalSuitJudgementPushRequest {
  /** 裁判登记信息 */
  referee_registration_model?: AlibabaLegalSuitJudgementPushRefereeRegistrationModelInput;
}

/** Response of `alibaba.legal.suit.judgement.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalSuitJudgementPushResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalSuitJudgementPushServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefereeRegistrationModel` of `alibaba.legal.suit.judgement.push`. */
export interface AlibabaLegalSuitJudgementPushRefereeRegistrationModelInput {
  /** 判决金额（其他被告赔付） */
  defendant_receive?: string;
  /** 判决金额（我方获赔） */
  amount_our_receive?: string;
  /** 判决金额（我方赔付） */
  amount_our_give?: string;
  /** 诉讼金额 */
  amount?: string;
  /** 我方处理人 */
  processor?: string;
  /** 平台是否需要承担责任 */
  is_assume_responsibility?: string;
  /** 是否已开庭 */
  is_court_opened?: string;
  /** 要点 */
  main_point?: string;
  /** 撤诉原因(原因) */
  typical_cause?: string;
  /** 其他业务标签内容 */
  other_business_label?: string;
  /** 业务标签Keys */
  business_label_keys?: string;
  /** 判决结果二级 */
  judgement_result_second?: string;
  /** 判决结果 */
  judgement_result?: string;
  /** 接收时间 */
  received_time?: DateInput;
  /** 接口调用时间 */
  calling_time?: DateInput;
  /** 诉讼系统裁判登记信息 */
  registration_id?: Int64Input;
  /** 案件ID */
  suit_id?: Int64Input;
  /** 撤诉日期 */
  drop_date?: string;
  /** 反馈内容 */
  feedback_content?: string;
  /** 反馈ID */
  feedback_id?: Int64Input;
  /** 更新时间 */
  update_time?: DateInput;
  /** 创建时间 */
  create_time?: DateInput;
  /** 更新人 */
  updater?: string;
  /** 创建人 */
  founder?: string;
  /** 撤诉文件附件列表 */
  dropped_files?: AlibabaLegalSuitJudgementPushFileModelInput[];
  /** 裁决书附件列表 */
  judge_files?: AlibabaLegalSuitJudgementPushFileModelInput[];
  /** 和解协议附件列表 */
  settlement_agree_files?: AlibabaLegalSuitJudgementPushFileModelInput[];
  /** 裁定书附件列表 */
  written_verdict_files?: AlibabaLegalSuitJudgementPushFileModelInput[];
  /** 调解凭证附件列表 */
  mediation_certificate_files?: AlibabaLegalSuitJudgementPushFileModelInput[];
  /** 反馈附件 */
  feedback_attachment_list?: AlibabaLegalSuitJudgementPushFileModelInput[];
  /** 其他附件附件列表 */
  other_files?: AlibabaLegalSuitJudgementPushFileModelInput[];
  /** 委托ID, */
  entrust_id?: Int64Input;
  /** 来源平台 */
  result_from?: string;
  /** 操作类型 */
  operation_type?: string;
}

/** `FileModel` of `alibaba.legal.suit.judgement.push`. */
export interface AlibabaLegalSuitJudgementPushFileModelInput {
  /** 附件名称 */
  name?: string;
  /** 附件key */
  key?: string;
}

/** `ServiceResult` of `alibaba.legal.suit.judgement.push`. */
export interface AlibabaLegalSuitJudgementPushServiceResult {
  /** 裁判登记ID */
  content?: Int64;
  /** 系统异常 */
  error_msg?: string;
  /** ERR089 */
  error_code?: string;
  /** 是否返回正常 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  referee_registration_model: {
    defendant_receive: 'String',
    amount_our_receive: 'String',
    amount_our_give: 'String',
    amount: 'String',
    processor: 'String',
    is_assume_responsibility: 'String',
    is_court_opened: 'String',
    main_point: 'String',
    typical_cause: 'String',
    other_business_label: 'String',
    business_label_keys: 'String',
    judgement_result_second: 'String',
    judgement_result: 'String',
    received_time: 'Date',
    calling_time: 'Date',
    registration_id: 'Number',
    suit_id: 'Number',
    drop_date: 'String',
    feedback_content: 'String',
    feedback_id: 'Number',
    update_time: 'Date',
    create_time: 'Date',
    updater: 'String',
    founder: 'String',
    dropped_files: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    judge_files: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    settlement_agree_files: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    written_verdict_files: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    mediation_certificate_files: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    feedback_attachment_list: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    other_files: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    entrust_id: 'Number',
    result_from: 'String',
    operation_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Number',
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.suit.judgement.push`: method, response root, request and response schemas. */
export const alibabaLegalSuitJudgementPushOperation = {
  method: 'alibaba.legal.suit.judgement.push',
  responseRoot: 'alibaba_legal_suit_judgement_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推送裁判登记信息给集团法务系统 — calls TOP method `alibaba.legal.suit.judgement.push`.
 *
 * isv推送裁判登记信息给集团法务系统
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalSuitJudgementPush(
  client: TopClient,
  request: AlibabaLegalSuitJudgementPushRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalSuitJudgementPushResponse> {
  return client.call<AlibabaLegalSuitJudgementPushResponse>(
    {
      method: 'alibaba.legal.suit.judgement.push',
      responseRoot: 'alibaba_legal_suit_judgement_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
