// Generated from specs/mtopopen/taobao.logistics.shunfeng.modifydata.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.shunfeng.modifydata.save` (顺丰小程序修改配送信息回传接口). */
export interface TaobaoLogisticsShunfengModifydataSaveRequest {
  /** 请求对象 */
  modify_request: TaobaoLogisticsShunfengModifydataSaveModifyRequestInput;
}

/** Response of `taobao.logistics.shunfeng.modifydata.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsShunfengModifydataSaveResponse {
  /** 通讯成功/失败 */
  result_success?: boolean;
  /** 通讯失败码 */
  result_code?: string;
  /** 通讯失败信息 */
  result_msg?: string;
  /** 回传返回结果对象 */
  modify_response?: TaobaoLogisticsShunfengModifydataSaveModifyResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ModifyRequest` of `taobao.logistics.shunfeng.modifydata.save`. */
export interface TaobaoLogisticsShunfengModifydataSaveModifyRequestInput {
  /** 订单ID */
  order_code: string;
  /** 快递公司标准编码 */
  cp_code: string;
  /** 快递单号 */
  mail_no: string;
  /** 修改后收件人 */
  fetcher?: string;
  /** 修改后派送时间 */
  delivery_time?: string;
}

/** `ModifyResponse` of `taobao.logistics.shunfeng.modifydata.save`. */
export interface TaobaoLogisticsShunfengModifydataSaveModifyResponse {
  /** 信息回传是否成功 */
  success?: boolean;
  /** 信息回传错误码(成功情况无需关注) */
  error_code?: string;
  /** 信息回传错误原因(成功情况无需关注) */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  modify_request: {
    order_code: 'String',
    cp_code: 'String',
    mail_no: 'String',
    fetcher: 'String',
    delivery_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
  result_code: 'String',
  result_msg: 'String',
  modify_response: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.shunfeng.modifydata.save`: method, response root, request and response schemas. */
export const taobaoLogisticsShunfengModifydataSaveOperation = {
  method: 'taobao.logistics.shunfeng.modifydata.save',
  responseRoot: 'logistics_shunfeng_modifydata_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 顺丰小程序修改配送信息回传接口 — calls TOP method `taobao.logistics.shunfeng.modifydata.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsShunfengModifydataSave(
  client: TopClient,
  request: TaobaoLogisticsShunfengModifydataSaveRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsShunfengModifydataSaveResponse> {
  return client.call<TaobaoLogisticsShunfengModifydataSaveResponse>(
    {
      method: 'taobao.logistics.shunfeng.modifydata.save',
      responseRoot: 'logistics_shunfeng_modifydata_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
