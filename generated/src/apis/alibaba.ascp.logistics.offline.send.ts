// Generated from specs/tblogistics/alibaba.ascp.logistics.offline.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.offline.send` (自己联系物流发货). */
export interface AlibabaAscpLogisticsOfflineSendRequest {
  /** 卖家联系人地址库ID，可以通过taobao.logistics.address.search接口查询到地址库ID。如果为空，取的卖家的默认取货地址 */
  sender_id?: Int64Input;
  /** feature参数格式 范例: identCode=tid1:识别码1,识别码2|tid2:识别码3;machineCode=tid3:3C机器号A,3C机器号B identCode为识别码的KEY,machineCode为3C的KEY,多个key之间用”;”分隔 “tid1:识别码1,识别码2|tid2:识别码3”为identCode对应的value。 "|"不同商品间的分隔符。 例1商品和2商品，之间就用"|"分开。 TID就是商品代表的子订单号，对应taobao.trade.fullinfo.get 接口获得的oid字段。(通过OID可以唯一定位到当前商品上) ":"TID和具体传入参数间的分隔符。冒号前表示TID,之后代表该商品的参数属性。 "," 属性间分隔符。（对应商品数量，当存在一个商品的数量超过1个时，用逗号分开）。 具体:当订单中A商品的数量为2个，其中手机串号分别为"12345","67890"。 参数格式：identCode=TIDA:12345,67890。 TIDA对应了A宝贝，冒号后用逗号分隔的"12345","67890".说明本订单A宝贝的数量为2，值分别为"12345","67890"。 当存在"|"时，就说明订单中存在多个商品，商品间用"|"分隔了开来。|"之后的内容含义同上。retailStoreId=12345，发货门店ID或仓信息。retailStoreType=STORE: 发货门店类别，STORE表示门店，WAREHOUSE表示电商仓。对于全渠道订单回传的商家，retailStoreId和retailStoreType字段为必填字段。instantMobilePhoneNumber表示同城配送物流公司的物流订单收货人手机号，支持11位真实号和15位隐私号"12345678910-1234"。 */
  feature?: string;
  /** 淘宝交易ID */
  tid: string;
  /**
   * 发货的子订单id列表（consign_type = 1、2、3 时不再使用次字段，使用新字段goods代替需要发货的子订单信息）
   *
   * Max length: 1000
   */
  sub_tid?: string;
  /**
   * 包裹信息
   *
   * Max list size: 999
   */
  consign_pkgs?: AlibabaAscpLogisticsOfflineSendTopConsignPkgRequestInput[];
  /** 卖家联系人地址库ID，可以通过taobao.logistics.address.search接口查询到地址库ID。 如果为空，取的卖家的默认退货地址 */
  cancel_id?: Int64Input;
  /** 子订单发货状态 */
  consign_status?: AlibabaAscpLogisticsOfflineSendConsignStatusRequestInput;
  /** 发货类型 0：普通发货(老链路) 1: 普通发货（新链路，支持子订单部分发货、成分品发货以及ERP线下赠品发货） 2: 将发货状态从"部分发"修改为"全部发" 3：补发；默认为0 */
  consign_type?: Int64Input;
}

/** Response of `alibaba.ascp.logistics.offline.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsOfflineSendResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaAscpLogisticsOfflineSendResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopConsignPkgRequest` of `alibaba.ascp.logistics.offline.send`. */
export interface AlibabaAscpLogisticsOfflineSendTopConsignPkgRequestInput {
  /** 运单号.具体一个物流公司的真实运单号码。淘宝官方物流会校验，请谨慎传入 */
  out_sid?: string;
  /** 物流公司代码.如"POST"就代表中国邮政,"ZJS"就代表宅急送.调用 taobao.logistics.companies.get 获取 */
  company_code?: string;
  /** 包裹中商品信息 */
  goods?: AlibabaAscpLogisticsOfflineSendTopConsignGoodsRequestInput[];
  /** 快递子单运单号 */
  sub_out_sid?: string;
}

/** `TopConsignGoodsRequest` of `alibaba.ascp.logistics.offline.send`. */
export interface AlibabaAscpLogisticsOfflineSendTopConsignGoodsRequestInput {
  /** 子订单id */
  sub_tid?: string;
  /** 成分品itemId */
  comp_item_id?: string;
  /** 成分品skuId */
  comp_sku_id?: string;
  /** 品类型 0：标品/平台赠品，1：ERP线下赠品、2：成分品，默认为0 */
  item_type?: Int64Input;
  /** 商品数量，不传默认为子单上的商品数量；支持不传，但不能传0或负值 */
  num?: Int64Input;
}

/** `ConsignStatusRequest` of `alibaba.ascp.logistics.offline.send`. */
export interface AlibabaAscpLogisticsOfflineSendConsignStatusRequestInput {
  /** 子订单id（组合品不需要传系统会自动计算） */
  sub_tid?: string;
  /** 子订单是否部分发货，true：部分发货；false：全部发货；周期购、分销订单不支持部分发货 */
  is_part_consign?: boolean;
}

/** `ResultDto` of `alibaba.ascp.logistics.offline.send`. */
export interface AlibabaAscpLogisticsOfflineSendResultDto {
  /** 执行结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  sender_id: 'Number',
  feature: 'String',
  tid: 'String',
  sub_tid: 'String',
  consign_pkgs: [
    {
      out_sid: 'String',
      company_code: 'String',
      goods: [
        {
          sub_tid: 'String',
          comp_item_id: 'String',
          comp_sku_id: 'String',
          item_type: 'Number',
          num: 'Number',
        },
      ],
      sub_out_sid: 'String',
    },
  ],
  cancel_id: 'Number',
  consign_status: {
    sub_tid: 'String',
    is_part_consign: 'Boolean',
  },
  consign_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.offline.send`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsOfflineSendOperation = {
  method: 'alibaba.ascp.logistics.offline.send',
  responseRoot: 'alibaba_ascp_logistics_offline_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自己联系物流发货 — calls TOP method `alibaba.ascp.logistics.offline.send`.
 *
 * 用户调用该接口可实现自己联系发货，使用该接口发货，交易订单状态会直接变成卖家已发货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsOfflineSend(
  client: TopClient,
  request: AlibabaAscpLogisticsOfflineSendRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsOfflineSendResponse> {
  return client.call<AlibabaAscpLogisticsOfflineSendResponse>(
    {
      method: 'alibaba.ascp.logistics.offline.send',
      responseRoot: 'alibaba_ascp_logistics_offline_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
