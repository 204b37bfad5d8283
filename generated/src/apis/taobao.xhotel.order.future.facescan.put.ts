// Generated from specs/xhotelonlineorder/taobao.xhotel.order.future.facescan.put.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.future.facescan.put` (未来酒店扫脸信息上传). */
export interface TaobaoXhotelOrderFutureFacescanPutRequest {
  /** 扫脸参数 */
  face_scan_param?: TaobaoXhotelOrderFutureFacescanPutFaceScanParamInput;
}

/** Response of `taobao.xhotel.order.future.facescan.put`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderFutureFacescanPutResponse {
  /** result */
  result?: TaobaoXhotelOrderFutureFacescanPutResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FaceScanParam` of `taobao.xhotel.order.future.facescan.put`. */
export interface TaobaoXhotelOrderFutureFacescanPutFaceScanParamInput {
  /** 姓名 */
  guest_name: string;
  /** 证件号 */
  certificate_num: string;
  /** 证件类型：20：身份证 */
  certificate_type: Int64Input;
  /** 设备id */
  device_id: string;
  /** 设备厂商名，下划线隔开，字母小写 */
  device_firm?: string;
}

/** `ResultSet` of `taobao.xhotel.order.future.facescan.put`. */
export interface TaobaoXhotelOrderFutureFacescanPutResultSet {
  /** 错误描述 */
  errormsg?: string;
  /** 是否更新失败。返回true表示更新成功。否则请读取错误码与错误描述 */
  success?: boolean;
  /** 错误码 */
  errorcode?: string;
}

const REQUEST_SCHEMA = {
  face_scan_param: {
    guest_name: 'String',
    certificate_num: 'String',
    certificate_type: 'Number',
    device_id: 'String',
    device_firm: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    errormsg: 'String',
    success: 'Boolean',
    errorcode: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.future.facescan.put`: method, response root, request and response schemas. */
export const taobaoXhotelOrderFutureFacescanPutOperation = {
  method: 'taobao.xhotel.order.future.facescan.put',
  responseRoot: 'xhotel_order_future_facescan_put_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 未来酒店扫脸信息上传 — calls TOP method `taobao.xhotel.order.future.facescan.put`.
 *
 * 未来酒店扫脸信息上传服务，用于悉尔等厂商的扫脸设备对接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderFutureFacescanPut(
  client: TopClient,
  request: TaobaoXhotelOrderFutureFacescanPutRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelOrderFutureFacescanPutResponse> {
  return client.call<TaobaoXhotelOrderFutureFacescanPutResponse>(
    {
      method: 'taobao.xhotel.order.future.facescan.put',
      responseRoot: 'xhotel_order_future_facescan_put_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
