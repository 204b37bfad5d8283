// Generated from specs/ascp/alibaba.tianmao.lanpei.logistics.mailno.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianmao.lanpei.logistics.mailno` (阿里巴巴.天猫家装.揽配.物流.获取运单号). */
export interface AlibabaTianmaoLanpeiLogisticsMailnoRequest {
  /** scp单号 */
  order_code: string;
  /** 包裹数量 */
  package_quantity: Int64Input;
  /** 货主ID */
  owner_id: Int64Input;
}

/** Response of `alibaba.tianmao.lanpei.logistics.mailno`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianmaoLanpeiLogisticsMailnoResponse {
  /** 结果 */
  result?: AlibabaTianmaoLanpeiLogisticsMailnoBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.tianmao.lanpei.logistics.mailno`. */
export interface AlibabaTianmaoLanpeiLogisticsMailnoBaseResult {
  /** 取号返回结果模型 */
  result?: AlibabaTianmaoLanpeiLogisticsMailnoHiErpTakeMailNoResp;
  /** 通常用于success为true时的页面提示 */
  msg?: string;
  /** false：失败 true：成功 */
  success?: boolean;
  /** 错误编码，通常用于success字段值为false时 */
  error_code?: string;
  /** 错误原因，通常用于success字段值为false时 */
  error_msg?: string;
}

/** `HiErpTakeMailNoResp` of `alibaba.tianmao.lanpei.logistics.mailno`. */
export interface AlibabaTianmaoLanpeiLogisticsMailnoHiErpTakeMailNoResp {
  /** scp单号 */
  order_code?: string;
  /** 包裹数量 */
  package_quantity?: Int64;
  /** 包裹模型 */
  package_info_list?: AlibabaTianmaoLanpeiLogisticsMailnoInteger[];
  /** 外部订单号 */
  out_order_code?: string;
}

/** `Integer` of `alibaba.tianmao.lanpei.logistics.mailno`. */
export interface AlibabaTianmaoLanpeiLogisticsMailnoInteger {
  /** 运单号 */
  mail_no?: string;
  /** 货品模型 */
  item_info_list?: AlibabaTianmaoLanpeiLogisticsMailnoHiErpItemInfo[];
}

/** `HiErpItemInfo` of `alibaba.tianmao.lanpei.logistics.mailno`. */
export interface AlibabaTianmaoLanpeiLogisticsMailnoHiErpItemInfo {
  /** 货品ID */
  item_id?: Int64;
  /** 货品数量 */
  quantity?: Int64;
  /** 货品编码 */
  item_code?: string;
  /** 货品唯一ID（预留给商家使用） */
  uid?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  package_quantity: 'Number',
  owner_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      order_code: 'String',
      package_quantity: 'Number',
      package_info_list: [
        {
          mail_no: 'String',
          item_info_list: [
            {
              item_id: 'Number',
              quantity: 'Number',
              item_code: 'String',
              uid: 'String',
            },
          ],
        },
      ],
      out_order_code: 'String',
    },
    msg: 'String',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianmao.lanpei.logistics.mailno`: method, response root, request and response schemas. */
export const alibabaTianmaoLanpeiLogisticsMailnoOperation = {
  method: 'alibaba.tianmao.lanpei.logistics.mailno',
  responseRoot: 'alibaba_tianmao_lanpei_logistics_mailno_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴.天猫家装.揽配.物流.获取运单号 — calls TOP method `alibaba.tianmao.lanpei.logistics.mailno`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianmaoLanpeiLogisticsMailno(
  client: TopClient,
  request: AlibabaTianmaoLanpeiLogisticsMailnoRequest,
  options?: CallOptions,
): Promise<AlibabaTianmaoLanpeiLogisticsMailnoResponse> {
  return client.call<AlibabaTianmaoLanpeiLogisticsMailnoResponse>(
    {
      method: 'alibaba.tianmao.lanpei.logistics.mailno',
      responseRoot: 'alibaba_tianmao_lanpei_logistics_mailno_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
