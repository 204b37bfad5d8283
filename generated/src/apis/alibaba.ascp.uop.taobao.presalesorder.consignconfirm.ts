// Generated from specs/ascpchannel/alibaba.ascp.uop.taobao.presalesorder.consignconfirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.taobao.presalesorder.consignconfirm` (预售商家仓出库). */
export interface AlibabaAscpUopTaobaoPresalesorderConsignconfirmRequest {
  /** 预售订单商家仓出库对象 */
  presales_order_consign_confirm_request?: AlibabaAscpUopTaobaoPresalesorderConsignconfirmPresalesorderconsignconfirmrequestInput;
}

/** Response of `alibaba.ascp.uop.taobao.presalesorder.consignconfirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopTaobaoPresalesorderConsignconfirmResponse {
  /** 返回值包装,result为返回具体消息内容 */
  presales_order_consign_confirm_response?: AlibabaAscpUopTaobaoPresalesorderConsignconfirmResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Presalesorderconsignconfirmrequest` of `alibaba.ascp.uop.taobao.presalesorder.consignconfirm`. */
export interface AlibabaAscpUopTaobaoPresalesorderConsignconfirmPresalesorderconsignconfirmrequestInput {
  /** 预售订单信息 */
  presales_order?: AlibabaAscpUopTaobaoPresalesorderConsignconfirmPresalesorderInput;
}

/** `Presalesorder` of `alibaba.ascp.uop.taobao.presalesorder.consignconfirm`. */
export interface AlibabaAscpUopTaobaoPresalesorderConsignconfirmPresalesorderInput {
  /** 包裹信息 */
  packages?: AlibabaAscpUopTaobaoPresalesorderConsignconfirmPackagesInput[];
  /** 订单完成时间 */
  order_confirm_time?: string;
  /** 菜鸟订单号 */
  presales_order_id: string;
  /** 出库单号 */
  presales_order_code: string;
  /** 发货仓code */
  store_code: string;
  /** 扩展属性(JSON格式) */
  extend_fields?: string;
}

/** `Packages` of `alibaba.ascp.uop.taobao.presalesorder.consignconfirm`. */
export interface AlibabaAscpUopTaobaoPresalesorderConsignconfirmPackagesInput {
  /** 物流公司编码 */
  logistics_code?: string;
  /** 运单号 */
  express_code: string;
  /** 包裹编号 */
  package_code?: string;
  /** 包裹长度 (厘米) */
  length?: string;
  /** 包裹宽度 (厘米) */
  width?: string;
  /** 包裹高度 (厘米) */
  height?: string;
  /** 包裹重量 (千克) */
  weight: string;
  /** 包裹体积 (升, L) */
  volume?: string;
  /** 商品信息 */
  items?: AlibabaAscpUopTaobaoPresalesorderConsignconfirmItemsInput[];
}

/** `Items` of `alibaba.ascp.uop.taobao.presalesorder.consignconfirm`. */
export interface AlibabaAscpUopTaobaoPresalesorderConsignconfirmItemsInput {
  /** 商品编码 */
  item_code?: string;
  /** 商品仓储系统编码 */
  item_id?: Int64Input;
  /** 包裹内该商品的数量 */
  quantity: Int64Input;
}

/** `ResultWrapper` of `alibaba.ascp.uop.taobao.presalesorder.consignconfirm`. */
export interface AlibabaAscpUopTaobaoPresalesorderConsignconfirmResultWrapper {
  /** 系统自动生成 */
  error_message?: string;
  /** 系统自动生成 */
  error_code?: string;
  /** 返回是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  presales_order_consign_confirm_request: {
    presales_order: {
      packages: [
        {
          logistics_code: 'String',
          express_code: 'String',
          package_code: 'String',
          length: 'String',
          width: 'String',
          height: 'String',
          weight: 'String',
          volume: 'String',
          items: [
            {
              item_code: 'String',
              item_id: 'Number',
              quantity: 'Number',
            },
          ],
        },
      ],
      order_confirm_time: 'String',
      presales_order_id: 'String',
      presales_order_code: 'String',
      store_code: 'String',
      extend_fields: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  presales_order_consign_confirm_response: {
    error_message: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.taobao.presalesorder.consignconfirm`: method, response root, request and response schemas. */
export const alibabaAscpUopTaobaoPresalesorderConsignconfirmOperation = {
  method: 'alibaba.ascp.uop.taobao.presalesorder.consignconfirm',
  responseRoot: 'alibaba_ascp_uop_taobao_presalesorder_consignconfirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预售商家仓出库 — calls TOP method `alibaba.ascp.uop.taobao.presalesorder.consignconfirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopTaobaoPresalesorderConsignconfirm(
  client: TopClient,
  request: AlibabaAscpUopTaobaoPresalesorderConsignconfirmRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpUopTaobaoPresalesorderConsignconfirmResponse> {
  return client.call<AlibabaAscpUopTaobaoPresalesorderConsignconfirmResponse>(
    {
      method: 'alibaba.ascp.uop.taobao.presalesorder.consignconfirm',
      responseRoot: 'alibaba_ascp_uop_taobao_presalesorder_consignconfirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
