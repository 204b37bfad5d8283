// Generated from specs/tmallcar/tmall.aliauto.autofinance.loan.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.autofinance.loan.receive` (接收放款结果通知). */
export interface TmallAliautoAutofinanceLoanReceiveRequest {
  /** 接收外部金融结构的放款结果通知参数 */
  loan_receive_dto: TmallAliautoAutofinanceLoanReceiveLoanReceiveDtoInput;
}

/** Response of `tmall.aliauto.autofinance.loan.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoAutofinanceLoanReceiveResponse {
  /** 错误码 */
  eror_code?: string;
  /** 错误信息描述 */
  eror_message?: string;
  /** 业务结果说明 */
  data?: string;
  /** 是否成功 */
  succes?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LoanReceiveDto` of `tmall.aliauto.autofinance.loan.receive`. */
export interface TmallAliautoAutofinanceLoanReceiveLoanReceiveDtoInput {
  /** 放贷类型 */
  loan_type?: string;
  /** 金融服务商名称 */
  capital_name?: string;
  /** 金融服务商编码 */
  capital_code?: string;
  /** 还款方式 */
  payment_method?: string;
  /** 放贷利率 */
  loan_rate?: string;
  /** 放贷期数 */
  loan_term?: Int64Input;
  /** 放贷期数单位:DAY-按天计算;MONTH-按月计算;YEAR-按年计算 */
  loan_term_unit?: string;
  /** 最终放贷额度(单位分) */
  loan_amount?: Int64Input;
  /** 最终放款到门店的时间 */
  loan_time?: string;
  /** 金融机构放贷内部单号 */
  loan_id?: string;
  /** 放贷结果 */
  loan_result?: string;
  /** 金融机构的授信申请内部单号 */
  credit_id?: string;
  /** 天猫汽车侧业务单号 */
  tmall_biz_no?: string;
  /** 业务类型 */
  biz_code?: string;
  /** 请求时间 */
  request_time?: string;
  /** 扩展字段1 */
  extension_field02?: string;
  /** 扩展字段2 */
  extension_field01?: string;
}

const REQUEST_SCHEMA = {
  loan_receive_dto: {
    loan_type: 'String',
    capital_name: 'String',
    capital_code: 'String',
    payment_method: 'String',
    loan_rate: 'String',
    loan_term: 'Number',
    loan_term_unit: 'String',
    loan_amount: 'Number',
    loan_time: 'String',
    loan_id: 'String',
    loan_result: 'String',
    credit_id: 'String',
    tmall_biz_no: 'String',
    biz_code: 'String',
    request_time: 'String',
    extension_field02: 'String',
    extension_field01: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  eror_code: 'String',
  eror_message: 'String',
  data: 'String',
  succes: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.autofinance.loan.receive`: method, response root, request and response schemas. */
export const tmallAliautoAutofinanceLoanReceiveOperation = {
  method: 'tmall.aliauto.autofinance.loan.receive',
  responseRoot: 'tmall_aliauto_autofinance_loan_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 接收放款结果通知 — calls TOP method `tmall.aliauto.autofinance.loan.receive`.
 *
 * 天猫汽车的金融业务场景中，需要接收外部ISV对用户支用放款的通知结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoAutofinanceLoanReceive(
  client: TopClient,
  request: TmallAliautoAutofinanceLoanReceiveRequest,
  options?: CallOptions,
): Promise<TmallAliautoAutofinanceLoanReceiveResponse> {
  return client.call<TmallAliautoAutofinanceLoanReceiveResponse>(
    {
      method: 'tmall.aliauto.autofinance.loan.receive',
      responseRoot: 'tmall_aliauto_autofinance_loan_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
