// Generated from specs/legalsuit/alibaba.legal.suit.court.before.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.suit.court.before.push` (更新或保存庭前信息). */
export interface AlibabaLegalSuitCourtBeforePushRequest {
  /** 庭前信息 */
  before_court_model?: AlibabaLegalSuitCourtBeforePushBeforeCourtModelInput;
}

/** Response of `alibaba.legal.suit.court.before.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalSuitCourtBeforePushResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalSuitCourtBeforePushServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BeforeCourtModel` of `alibaba.legal.suit.court.before.push`. */
export interface AlibabaLegalSuitCourtBeforePushBeforeCourtModelInput {
  /** 附件个数 */
  attachment_count?: Int64Input;
  /** 诉讼风险 */
  risk_predict?: string;
  /** 我方抗辩思路 */
  main_point?: string;
  /** 我方观点 */
  our_questions?: string;
  /** 法庭观点 */
  court_questions?: string;
  /** 对方观点 */
  their_questions?: string;
  /** 初步考虑对策 */
  our_attitude?: string;
  /** 反馈内容 */
  feedback_content?: string;
  /** 反馈ID */
  feedback_id?: Int64Input;
  /** 更新人 */
  updater?: string;
  /** 创建人 */
  founder?: string;
  /** 供应商code */
  supplier_code?: string;
  /** 对方主张 */
  defendant_estimate?: string;
  /** 调用时间 */
  calling_time?: DateInput;
  /** 庭前ID */
  before_court_id?: Int64Input;
  /** 案件ID */
  suit_id?: Int64Input;
  /** 委托ID */
  entrust_id?: Int64Input;
  /** 操作类型 */
  operation_type?: string;
  /** 反馈附件信息 */
  feedback_attachment_list?: AlibabaLegalSuitCourtBeforePushFileModelInput[];
  /** 庭前附件信息 */
  attachment_list?: AlibabaLegalSuitCourtBeforePushFileModelInput[];
  /** 庭前沟通 */
  communicate_list?: AlibabaLegalSuitCourtBeforePushCommunicateModelInput[];
}

/** `FileModel` of `alibaba.legal.suit.court.before.push`. */
export interface AlibabaLegalSuitCourtBeforePushFileModelInput {
  /** 文件名称 */
  name?: string;
  /** 文件key */
  key?: string;
}

/** `CommunicateModel` of `alibaba.legal.suit.court.before.push`. */
export interface AlibabaLegalSuitCourtBeforePushCommunicateModelInput {
  /** 沟通背景、沟通目的 */
  communicate_aim?: string;
  /** 联系方式 */
  contact?: string;
  /** 人员姓名 */
  user_name?: string;
  /** 沟通方式 */
  communicate_type?: string;
  /** 单位名称 */
  unit_name?: string;
  /** 机构信息 */
  department?: string;
  /** 沟通时间 */
  communicate_time?: DateInput;
  /** 沟通内容 */
  communicate_content?: string;
  /** 下一步动作 */
  next?: string;
}

/** `ServiceResult` of `alibaba.legal.suit.court.before.push`. */
export interface AlibabaLegalSuitCourtBeforePushServiceResult {
  /** 保存成功的数据ID */
  content?: Int64;
  /** 系统自动生成 */
  error_msg?: string;
  /** 系统自动生成 */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  before_court_model: {
    attachment_count: 'Number',
    risk_predict: 'String',
    main_point: 'String',
    our_questions: 'String',
    court_questions: 'String',
    their_questions: 'String',
    our_attitude: 'String',
    feedback_content: 'String',
    feedback_id: 'Number',
    updater: 'String',
    founder: 'String',
    supplier_code: 'String',
    defendant_estimate: 'String',
    calling_time: 'Date',
    before_court_id: 'Number',
    suit_id: 'Number',
    entrust_id: 'Number',
    operation_type: 'String',
    feedback_attachment_list: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    attachment_list: [
      {
        name: 'String',
        key: 'String',
      },
    ],
    communicate_list: [
      {
        communicate_aim: 'String',
        contact: 'String',
        user_name: 'String',
        communicate_type: 'String',
        unit_name: 'String',
        department: 'String',
        communicate_time: 'Date',
        communicate_content: 'String',
        next: 'String',
      },
    ],
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

/** Static description of `alibaba.legal.suit.court.before.push`: method, response root, request and response schemas. */
export const alibabaLegalSuitCourtBeforePushOperation = {
  method: 'alibaba.legal.suit.court.before.push',
  responseRoot: 'alibaba_legal_suit_court_before_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新或保存庭前信息 — calls TOP method `alibaba.legal.suit.court.before.push`.
 *
 * 更新或者保存庭前信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalSuitCourtBeforePush(
  client: TopClient,
  request: AlibabaLegalSuitCourtBeforePushRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalSuitCourtBeforePushResponse> {
  return client.call<AlibabaLegalSuitCourtBeforePushResponse>(
    {
      method: 'alibaba.legal.suit.court.before.push',
      responseRoot: 'alibaba_legal_suit_court_before_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
