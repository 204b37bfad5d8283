// Generated from specs/btrip/alitrip.btrip.corpop.hotel.exceedapply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.hotel.exceedapply.get` (商旅酒店第三方超标审批单搜索接口). */
export interface AlitripBtripCorpopHotelExceedapplyGetRequest {
  /** 入参 */
  rq: AlitripBtripCorpopHotelExceedapplyGetOpenIsvSearchRqInput;
}

/** Response of `alitrip.btrip.corpop.hotel.exceedapply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopHotelExceedapplyGetResponse {
  /** 出参对象 */
  result?: AlitripBtripCorpopHotelExceedapplyGetHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvSearchRq` of `alitrip.btrip.corpop.hotel.exceedapply.get`. */
export interface AlitripBtripCorpopHotelExceedapplyGetOpenIsvSearchRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 商旅审批单id */
  apply_id: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.corpop.hotel.exceedapply.get`. */
export interface AlitripBtripCorpopHotelExceedapplyGetHisvResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 审批单对象 */
  module?: AlitripBtripCorpopHotelExceedapplyGetOpenIsvExceedApplyRs;
}

/** `OpenIsvExceedApplyRs` of `alitrip.btrip.corpop.hotel.exceedapply.get`. */
export interface AlitripBtripCorpopHotelExceedapplyGetOpenIsvExceedApplyRs {
  /** 商旅企业id */
  corp_id?: string;
  /** 商旅审批单id */
  apply_id?: Int64;
  /** 审批单状态 0:审批中 1:已同意 2:已拒绝 */
  status?: Int64;
  /** 出差原因 */
  btrip_cause?: string;
  /** 超标类型，16：金额超标 */
  exceed_type?: Int64;
  /** 超标原因 */
  exceed_reason?: string;
  /** 原差旅标准（分） */
  origin_standard?: string;
  /** 意向出行信息 */
  apply_intention_info_do?: AlitripBtripCorpopHotelExceedapplyGetApplyIntentionInfoDo;
  /** 第三方用户id */
  user_id?: string;
  /** 审批单提交时间 */
  submit_time?: string;
  /** 第三方企业id */
  thirdpart_corp_id?: string;
  /** 第三方出差审批单号 */
  thirdpart_apply_id?: string;
}

/** `ApplyIntentionInfoDo` of `alitrip.btrip.corpop.hotel.exceedapply.get`. */
export interface AlitripBtripCorpopHotelExceedapplyGetApplyIntentionInfoDo {
  /** 入住城市三字码 */
  city_code?: string;
  /** 入住城市名称 */
  city_name?: string;
  /** 入住日期 */
  check_in?: string;
  /** 离店日期 */
  check_out?: string;
  /** 意向酒店金额（分） */
  price?: Int64;
  /** 是否合住 */
  together?: boolean;
  /** 超标类型，16：金额超标 */
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
        city_code: 'String',
        city_name: 'String',
        check_in: 'Date',
        check_out: 'Date',
        price: 'Number',
        together: 'Boolean',
        type: 'Number',
      },
      user_id: 'String',
      submit_time: 'String',
      thirdpart_corp_id: 'String',
      thirdpart_apply_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.hotel.exceedapply.get`: method, response root, request and response schemas. */
export const alitripBtripCorpopHotelExceedapplyGetOperation = {
  method: 'alitrip.btrip.corpop.hotel.exceedapply.get',
  responseRoot: 'alitrip_btrip_corpop_hotel_exceedapply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅酒店第三方超标审批单搜索接口 — calls TOP method `alitrip.btrip.corpop.hotel.exceedapply.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopHotelExceedapplyGet(
  client: TopClient,
  request: AlitripBtripCorpopHotelExceedapplyGetRequest,
  options?: CallOptions,
): Promise<AlitripBtripCorpopHotelExceedapplyGetResponse> {
  return client.call<AlitripBtripCorpopHotelExceedapplyGetResponse>(
    {
      method: 'alitrip.btrip.corpop.hotel.exceedapply.get',
      responseRoot: 'alitrip_btrip_corpop_hotel_exceedapply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
