// Generated from specs/omniorder/taobao.omniorder.store.sdtquerystation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.store.sdtquerystation` (速店通查询站点信息). */
export interface TaobaoOmniorderStoreSdtquerystationRequest {
  /** 取号时返回的packageId */
  param_long2: Int64Input;
}

/** Response of `taobao.omniorder.store.sdtquerystation`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStoreSdtquerystationResponse {
  /** result */
  result?: TaobaoOmniorderStoreSdtquerystationResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omniorder.store.sdtquerystation`. */
export interface TaobaoOmniorderStoreSdtquerystationResult {
  /** 错误码 */
  err_code?: string;
  /** data */
  data?: TaobaoOmniorderStoreSdtquerystationSdtQueryPackageResponse;
  /** 错误信息 */
  err_msg?: string;
}

/** `SdtQueryPackageResponse` of `taobao.omniorder.store.sdtquerystation`. */
export interface TaobaoOmniorderStoreSdtquerystationSdtQueryPackageResponse {
  /** 站点信息 */
  stations?: TaobaoOmniorderStoreSdtquerystationSdtStationDto[];
}

/** `SdtStationDto` of `taobao.omniorder.store.sdtquerystation`. */
export interface TaobaoOmniorderStoreSdtquerystationSdtStationDto {
  /** 站点操作时间 */
  action_time?: string;
  /** 快递公司cpcode */
  cp_code?: string;
  /** 快递公司名称 */
  cp_name?: string;
  /** 站点code */
  station_code?: string;
  /** 站点联系方式 */
  station_contact?: string;
  /** 站点负责人 */
  station_master?: string;
  /** 站点名 */
  station_name?: string;
  /** 站点类别（推荐站点、派送站点、揽收站点） */
  type?: string;
}

const REQUEST_SCHEMA = {
  param_long2: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    data: {
      stations: [
        {
          action_time: 'Date',
          cp_code: 'String',
          cp_name: 'String',
          station_code: 'String',
          station_contact: 'String',
          station_master: 'String',
          station_name: 'String',
          type: 'String',
        },
      ],
    },
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.store.sdtquerystation`: method, response root, request and response schemas. */
export const taobaoOmniorderStoreSdtquerystationOperation = {
  method: 'taobao.omniorder.store.sdtquerystation',
  responseRoot: 'omniorder_store_sdtquerystation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 速店通查询站点信息 — calls TOP method `taobao.omniorder.store.sdtquerystation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStoreSdtquerystation(
  client: TopClient,
  request: TaobaoOmniorderStoreSdtquerystationRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStoreSdtquerystationResponse> {
  return client.call<TaobaoOmniorderStoreSdtquerystationResponse>(
    {
      method: 'taobao.omniorder.store.sdtquerystation',
      responseRoot: 'omniorder_store_sdtquerystation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
