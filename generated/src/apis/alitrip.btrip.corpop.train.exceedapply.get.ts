// Generated from specs/btrip/alitrip.btrip.corpop.train.exceedapply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.train.exceedapply.get` (商旅火车票第三方超标审批单搜索接口). */
export interface AlitripBtripCorpopTrainExceedapplyGetRequest {
  /** 入参 */
  rq: AlitripBtripCorpopTrainExceedapplyGetOpenIsvSearchRqInput;
}

/** Response of `alitrip.btrip.corpop.train.exceedapply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopTrainExceedapplyGetResponse {
  /** 出参对象 */
  result?: AlitripBtripCorpopTrainExceedapplyGetHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvSearchRq` of `alitrip.btrip.corpop.train.exceedapply.get`. */
export interface AlitripBtripCorpopTrainExceedapplyGetOpenIsvSearchRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 商旅审批单id */
  apply_id: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.corpop.train.exceedapply.get`. */
export interface AlitripBtripCorpopTrainExceedapplyGetHisvResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 审批单对象 */
  module?: AlitripBtripCorpopTrainExceedapplyGetOpenIsvExceedApplyRs;
}

/** `OpenIsvExceedApplyRs` of `alitrip.btrip.corpop.train.exceedapply.get`. */
export interface AlitripBtripCorpopTrainExceedapplyGetOpenIsvExceedApplyRs {
  /** 商旅企业id */
  corp_id?: string;
  /** 商旅审批单id */
  apply_id?: Int64;
  /** 审批单状态 0:审批中 1:已同意 2:已拒绝 */
  status?: Int64;
  /** 出差原因 */
  btrip_cause?: string;
  /** 超标类型，32：坐席超标 */
  exceed_type?: Int64;
  /** 超标原因 */
  exceed_reason?: string;
  /** 原差旅标准 */
  origin_standard?: string;
  /** 意向出行信息 */
  apply_intention_info_do?: AlitripBtripCorpopTrainExceedapplyGetApplyIntentionInfoDo;
  /** 第三方用户id */
  user_id?: string;
  /** 提交时间 */
  submit_time?: string;
  /** 第三方企业id */
  thirdpart_corp_id?: string;
  /** 第三方出差审批单号 */
  thirdpart_apply_id?: string;
}

/** `ApplyIntentionInfoDo` of `alitrip.btrip.corpop.train.exceedapply.get`. */
export interface AlitripBtripCorpopTrainExceedapplyGetApplyIntentionInfoDo {
  /** 价格（分） */
  price?: Int64;
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
  /** 到达站点名称 */
  arr_station?: string;
  /** 出发站点名称 */
  dep_station?: string;
  /** 意向车次号 */
  train_no?: string;
  /** 意向车次类型 */
  train_type_desc?: string;
  /** 意向坐席名称 */
  seat_name?: string;
  /** 超标类型，32：坐席超标 */
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
        price: 'Number',
        dep_city_name: 'String',
        arr_city_name: 'String',
        dep_city: 'String',
        arr_city: 'String',
        dep_time: 'Date',
        arr_time: 'Date',
        arr_station: 'String',
        dep_station: 'String',
        train_no: 'String',
        train_type_desc: 'String',
        seat_name: 'String',
        type: 'Number',
      },
      user_id: 'String',
      submit_time: 'Date',
      thirdpart_corp_id: 'String',
      thirdpart_apply_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.train.exceedapply.get`: method, response root, request and response schemas. */
export const alitripBtripCorpopTrainExceedapplyGetOperation = {
  method: 'alitrip.btrip.corpop.train.exceedapply.get',
  responseRoot: 'alitrip_btrip_corpop_train_exceedapply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅火车票第三方超标审批单搜索接口 — calls TOP method `alitrip.btrip.corpop.train.exceedapply.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopTrainExceedapplyGet(
  client: TopClient,
  request: AlitripBtripCorpopTrainExceedapplyGetRequest,
  options?: CallOptions,
): Promise<AlitripBtripCorpopTrainExceedapplyGetResponse> {
  return client.call<AlitripBtripCorpopTrainExceedapplyGetResponse>(
    {
      method: 'alitrip.btrip.corpop.train.exceedapply.get',
      responseRoot: 'alitrip_btrip_corpop_train_exceedapply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
