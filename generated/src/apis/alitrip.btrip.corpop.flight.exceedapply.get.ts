// Generated from specs/btrip/alitrip.btrip.corpop.flight.exceedapply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.flight.exceedapply.get` (商旅机票第三方超标审批单搜索接口). */
export interface AlitripBtripCorpopFlightExceedapplyGetRequest {
  /** 入参 */
  rq?: AlitripBtripCorpopFlightExceedapplyGetOpenIsvSearchRqInput;
}

/** Response of `alitrip.btrip.corpop.flight.exceedapply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopFlightExceedapplyGetResponse {
  /** 出参对象 */
  result?: AlitripBtripCorpopFlightExceedapplyGetHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvSearchRq` of `alitrip.btrip.corpop.flight.exceedapply.get`. */
export interface AlitripBtripCorpopFlightExceedapplyGetOpenIsvSearchRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 商旅审批单id */
  apply_id: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.corpop.flight.exceedapply.get`. */
export interface AlitripBtripCorpopFlightExceedapplyGetHisvResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 审批单对象 */
  module?: AlitripBtripCorpopFlightExceedapplyGetOpenIsvExceedApplyRs;
}

/** `OpenIsvExceedApplyRs` of `alitrip.btrip.corpop.flight.exceedapply.get`. */
export interface AlitripBtripCorpopFlightExceedapplyGetOpenIsvExceedApplyRs {
  /** 商旅企业id */
  corp_id?: string;
  /** 商旅审批单id */
  apply_id?: Int64;
  /** 审批单状态 0:审批中 1:已同意 2:已拒绝 */
  status?: Int64;
  /** 出差原因 */
  btrip_cause?: string;
  /** 超标类型，1:折扣 2,8,10:时间 3,9,11:折扣和时间 */
  exceed_type?: Int64;
  /** 超标原因 */
  exceed_reason?: string;
  /** 原差旅标准 */
  origin_standard?: string;
  /** 意向出行信息 */
  apply_intention_info_do?: AlitripBtripCorpopFlightExceedapplyGetApplyIntentionInfoDo;
  /** 第三方用户id */
  user_id?: string;
  /** 审批单提交时间 */
  submit_time?: string;
  /** 第三方企业id */
  thirdpart_corp_id?: string;
  /** 第三方出差审批单号 */
  thirdpart_apply_id?: string;
}

/** `ApplyIntentionInfoDo` of `alitrip.btrip.corpop.flight.exceedapply.get`. */
export interface AlitripBtripCorpopFlightExceedapplyGetApplyIntentionInfoDo {
  /** 出发城市名称 */
  dep_city_name?: string;
  /** 到达城市名称 */
  arr_city_name?: string;
  /** 出发城市三字码 */
  dep_city?: string;
  /** 到达城市三字码 */
  arr_city?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 航班号 */
  flight_no?: string;
  /** 超标的舱位，F：头等舱 C：商务舱 Y：经济舱 P：超值经济舱 */
  cabin?: string;
  /** 申请超标的舱等 0：头等舱 1：商务舱 2：经济舱 3：超值经济舱 */
  cabin_class?: Int64;
  /** 舱等描述，头等舱，商务舱，经济舱，超值经济舱 */
  cabin_class_str?: string;
  /** 折扣 */
  discount?: string;
  /** 价格（元） */
  price?: Int64;
  /** 超标类型，1:折扣 2,8,10:时间 3,9,11:折扣和时间 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    apply_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result_code: 'Number',
    result_msg: 'String',
    module: {
      corp_id: 'String',
      apply_id: 'Number',
      status: 'Number',
      btrip_cause: 'String',
      exceed_type: 'Number',
      exceed_reason: 'String',
      origin_standard: 'String',
      apply_intention_info_do: {
        dep_city_name: 'String',
        arr_city_name: 'String',
        dep_city: 'String',
        arr_city: 'String',
        dep_time: 'Date',
        arr_time: 'Date',
        flight_no: 'String',
        cabin: 'String',
        cabin_class: 'Number',
        cabin_class_str: 'String',
        discount: 'String',
        price: 'Number',
        type: 'Number',
      },
      user_id: 'String',
      submit_time: 'Date',
      thirdpart_corp_id: 'String',
      thirdpart_apply_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.flight.exceedapply.get`: method, response root, request and response schemas. */
export const alitripBtripCorpopFlightExceedapplyGetOperation = {
  method: 'alitrip.btrip.corpop.flight.exceedapply.get',
  responseRoot: 'alitrip_btrip_corpop_flight_exceedapply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票第三方超标审批单搜索接口 — calls TOP method `alitrip.btrip.corpop.flight.exceedapply.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopFlightExceedapplyGet(
  client: TopClient,
  request: AlitripBtripCorpopFlightExceedapplyGetRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripCorpopFlightExceedapplyGetResponse> {
  return client.call<AlitripBtripCorpopFlightExceedapplyGetResponse>(
    {
      method: 'alitrip.btrip.corpop.flight.exceedapply.get',
      responseRoot: 'alitrip_btrip_corpop_flight_exceedapply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
