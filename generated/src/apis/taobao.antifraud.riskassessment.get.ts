// Generated from specs/antifraud/taobao.antifraud.riskassessment.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.antifraud.riskassessment.get` (反欺诈风险识别). */
export interface TaobaoAntifraudRiskassessmentGetRequest {
  /** 风控查询参数 */
  collinadata_context: TaobaoAntifraudRiskassessmentGetCollinadataContextInput;
}

/** Response of `taobao.antifraud.riskassessment.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAntifraudRiskassessmentGetResponse {
  /** result */
  risk_result?: TaobaoAntifraudRiskassessmentGetResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CollinadataContext` of `taobao.antifraud.riskassessment.get`. */
export interface TaobaoAntifraudRiskassessmentGetCollinadataContextInput {
  /** 客户标识,由ISP指定 */
  app_key: string;
  /** 页面生成的请求的标识. */
  token_id: string;
  /** 场景标识, 由ISP指 */
  scene_id: string;
  /** 参数签名, 签名函数由ISP提供 */
  serial_no: string;
  /** 发起查询的时间,用于加密serial_no */
  time_stamp: Int64Input;
  /** 透传参数 */
  trans?: string;
}

/** `ResultWrapper` of `taobao.antifraud.riskassessment.get`. */
export interface TaobaoAntifraudRiskassessmentGetResultWrapper {
  /** 返回风控结果信息 */
  result?: TaobaoAntifraudRiskassessmentGetCollinadataQueryResult;
  /** 返回结果码 0为成功,其他为错误码 */
  code?: Int64;
  /** 返回是否成功 */
  success?: boolean;
  /** 描述 */
  msg?: string;
}

/** `CollinadataQueryResult` of `taobao.antifraud.riskassessment.get`. */
export interface TaobaoAntifraudRiskassessmentGetCollinadataQueryResult {
  /** 积分信息.千分制 */
  score?: string;
  /** pass,review,reject */
  risk_level?: string;
  /** 字符串格式, 关于score生成的描述信息. 本字段可能为空. */
  detail?: string;
}

const REQUEST_SCHEMA = {
  collinadata_context: {
    app_key: 'String',
    token_id: 'String',
    scene_id: 'String',
    serial_no: 'String',
    time_stamp: 'Number',
    trans: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  risk_result: {
    result: {
      score: 'String',
      risk_level: 'String',
      detail: 'String',
    },
    code: 'Number',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.antifraud.riskassessment.get`: method, response root, request and response schemas. */
export const taobaoAntifraudRiskassessmentGetOperation = {
  method: 'taobao.antifraud.riskassessment.get',
  responseRoot: 'antifraud_riskassessment_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 反欺诈风险识别 — calls TOP method `taobao.antifraud.riskassessment.get`.
 *
 * 反欺诈服务是阿里大数据风控服务能力的对外输出，通过用户信誉、行为分析精准识别可信用户和风险用户并实时防御，解决交易、支付、活动等关键业务环节存在的欺诈威胁，保护企业品牌和数据，降低企业经济损失
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAntifraudRiskassessmentGet(
  client: TopClient,
  request: TaobaoAntifraudRiskassessmentGetRequest,
  options?: CallOptions,
): Promise<TaobaoAntifraudRiskassessmentGetResponse> {
  return client.call<TaobaoAntifraudRiskassessmentGetResponse>(
    {
      method: 'taobao.antifraud.riskassessment.get',
      responseRoot: 'antifraud_riskassessment_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
