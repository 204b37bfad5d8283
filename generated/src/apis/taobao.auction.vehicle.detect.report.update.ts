// Generated from specs/paimai/taobao.auction.vehicle.detect.report.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.vehicle.detect.report.update` (检测服务-服务单报告信息更新). */
export interface TaobaoAuctionVehicleDetectReportUpdateRequest {
  /** 服务入参 */
  vehicle_detect_server_report4_top: TaobaoAuctionVehicleDetectReportUpdateVehicleDetectServerReport4TopInput;
}

/** Response of `taobao.auction.vehicle.detect.report.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionVehicleDetectReportUpdateResponse {
  /** 服务返回结果 */
  result?: TaobaoAuctionVehicleDetectReportUpdateResult4Top;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VehicleDetectServerReport4Top` of `taobao.auction.vehicle.detect.report.update`. */
export interface TaobaoAuctionVehicleDetectReportUpdateVehicleDetectServerReport4TopInput {
  /** 拍卖服务单单号（与检测单单号不能同时为空） */
  service_case_no?: string;
  /** 检测机构检测单单号（与拍卖服务单单号，不能同时为空） */
  order_num?: string;
}

/** `Result4Top` of `taobao.auction.vehicle.detect.report.update`. */
export interface TaobaoAuctionVehicleDetectReportUpdateResult4Top {
  /** 错误码 */
  error_code?: string;
  /** 处理结果 */
  value?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  vehicle_detect_server_report4_top: {
    service_case_no: 'String',
    order_num: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    value: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.vehicle.detect.report.update`: method, response root, request and response schemas. */
export const taobaoAuctionVehicleDetectReportUpdateOperation = {
  method: 'taobao.auction.vehicle.detect.report.update',
  responseRoot: 'auction_vehicle_detect_report_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 检测服务-服务单报告信息更新 — calls TOP method `taobao.auction.vehicle.detect.report.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionVehicleDetectReportUpdate(
  client: TopClient,
  request: TaobaoAuctionVehicleDetectReportUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionVehicleDetectReportUpdateResponse> {
  return client.call<TaobaoAuctionVehicleDetectReportUpdateResponse>(
    {
      method: 'taobao.auction.vehicle.detect.report.update',
      responseRoot: 'auction_vehicle_detect_report_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
