// Generated from specs/tblogistics/alibaba.ascp.logistics.seller.writelogisticsnode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.seller.writelogisticsnode` (商家配送写入物流节点). */
export interface AlibabaAscpLogisticsSellerWritelogisticsnodeRequest {
  /** 物流发货单号 */
  lp_order_id: Int64Input;
  /**
   * 物流节点
   *
   * Max list size: 100
   */
  nodes: AlibabaAscpLogisticsSellerWritelogisticsnodeLogisticsNodeTopDTOInput[];
}

/** Response of `alibaba.ascp.logistics.seller.writelogisticsnode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsSellerWritelogisticsnodeResponse {
  /** 返回结果 */
  result?: AlibabaAscpLogisticsSellerWritelogisticsnodeBatchWriteLogisticsNodeTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsNodeTopDTO` of `alibaba.ascp.logistics.seller.writelogisticsnode`. */
export interface AlibabaAscpLogisticsSellerWritelogisticsnodeLogisticsNodeTopDTOInput {
  /** ACCEPT(已揽收),TRANSPORT(运输中),DELIVERING(派送中),SIGN(已签收),CANCEL(已取消),FAILED(物流异常) */
  action: string;
  /** 操作时间戳，精确到毫秒（ms） */
  operate_time: Int64Input;
  /** 配送员信息 */
  delivery?: AlibabaAscpLogisticsSellerWritelogisticsnodeDeliveryTopDTOInput;
  /** 货物所在的当前位置 */
  location?: AlibabaAscpLogisticsSellerWritelogisticsnodeLocationTopDTOInput;
}

/** `DeliveryTopDTO` of `alibaba.ascp.logistics.seller.writelogisticsnode`. */
export interface AlibabaAscpLogisticsSellerWritelogisticsnodeDeliveryTopDTOInput {
  /** 配送员电话，支持手机、座机、400电话 */
  phone: string;
  /** 配送员姓名 */
  name: string;
}

/** `LocationTopDTO` of `alibaba.ascp.logistics.seller.writelogisticsnode`. */
export interface AlibabaAscpLogisticsSellerWritelogisticsnodeLocationTopDTOInput {
  /** 省/直辖市 */
  province: string;
  /** 地级市 */
  city: string;
  /** 区/县 */
  district: string;
  /** 乡/镇/街道 */
  town: string;
  /** 经度，高德地图 */
  lng?: string;
  /** 纬度，高德地图 */
  lat?: string;
}

/** `BatchWriteLogisticsNodeTopResponse` of `alibaba.ascp.logistics.seller.writelogisticsnode`. */
export interface AlibabaAscpLogisticsSellerWritelogisticsnodeBatchWriteLogisticsNodeTopResponse {
  /** true成功，false失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  lp_order_id: 'Number',
  nodes: [
    {
      action: 'String',
      operate_time: 'Number',
      delivery: {
        phone: 'String',
        name: 'String',
      },
      location: {
        province: 'String',
        city: 'String',
        district: 'String',
        town: 'String',
        lng: 'String',
        lat: 'String',
      },
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.seller.writelogisticsnode`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsSellerWritelogisticsnodeOperation = {
  method: 'alibaba.ascp.logistics.seller.writelogisticsnode',
  responseRoot: 'alibaba_ascp_logistics_seller_writelogisticsnode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家配送写入物流节点 — calls TOP method `alibaba.ascp.logistics.seller.writelogisticsnode`.
 *
 * 商家配送的订单，商家写入物流节点
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsSellerWritelogisticsnode(
  client: TopClient,
  request: AlibabaAscpLogisticsSellerWritelogisticsnodeRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsSellerWritelogisticsnodeResponse> {
  return client.call<AlibabaAscpLogisticsSellerWritelogisticsnodeResponse>(
    {
      method: 'alibaba.ascp.logistics.seller.writelogisticsnode',
      responseRoot: 'alibaba_ascp_logistics_seller_writelogisticsnode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
