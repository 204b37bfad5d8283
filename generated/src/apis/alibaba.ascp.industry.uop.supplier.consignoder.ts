// Generated from specs/ascpchannel/alibaba.ascp.industry.uop.supplier.consignoder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.uop.supplier.consignoder` (商家推单). */
export interface AlibabaAscpIndustryUopSupplierConsignoderRequest {
  /** 发货主单信息 */
  erp_normal_consign_order_request: AlibabaAscpIndustryUopSupplierConsignoderErpnormalconsignorderrequestInput;
}

/** Response of `alibaba.ascp.industry.uop.supplier.consignoder`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryUopSupplierConsignoderResponse {
  /** 商家推送天猫信息后，由天猫回传的字段 */
  data?: AlibabaAscpIndustryUopSupplierConsignoderData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Erpnormalconsignorderrequest` of `alibaba.ascp.industry.uop.supplier.consignoder`. */
export interface AlibabaAscpIndustryUopSupplierConsignoderErpnormalconsignorderrequestInput {
  /** 发货单号（Erp单号） */
  delivery_order_code: string;
  /** 店铺名称 */
  shop_nick: string;
  /** 店铺id */
  shop_id: string;
  /** 物流订单服务类型 1:末端送装/2:干线加送装/3:仓干配 */
  lp_service_type: Int64Input;
  /** 末端服务类型 1:配送 2:自提 */
  end_service_type: Int64Input;
  /** 订单来源平台编码,TB= 淘宝 、TM=天猫 、JD=京东、DD=当当、PP=拍拍、YX=易讯、EBAY=ebay、QQ=QQ网购、AMAZON=亚马逊、SN=苏宁、GM=国美、WPH=唯品会、JM=聚美、LF=乐蜂、MGJ=蘑菇街、JS=聚尚、PX=拍鞋、YT=银泰、YHD=1号店、VANCL=凡客、YL=邮乐、YG=优购、1688=阿里巴巴、POS=POS门店、PDD=拼多多、RRSLJ=日日顺乐家、MSJ=美食杰、UGO=优品购、OTHER=其他 */
  source_platform_code?: string;
  /** 收件人信息 */
  receiver_info: AlibabaAscpIndustryUopSupplierConsignoderReceiverinfoInput;
  /** 发件人信息 */
  sender_info: AlibabaAscpIndustryUopSupplierConsignoderSenderinfoInput;
  /** 退货人信息 */
  refunder_info: AlibabaAscpIndustryUopSupplierConsignoderRefunderinfoInput;
  /** 物流公司名称 */
  logistics_name?: string;
  /** 物流公司编码，SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通 、ZTO=中通 (ZTO) 、HTKY=百世汇通、UC=优速、STO=申通、TTKDEX=天天快递 、QFKD=全峰、FAST=快捷、POSTB=邮政小包 、GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅配、OTHER=其他 */
  logistics_code?: string;
  /** 干线运单号 */
  express_code: string;
  /** 发货子单信息 */
  consign_order_item_list?: AlibabaAscpIndustryUopSupplierConsignoderConsignorderitemlistInput[];
  /** 备注 */
  remark?: string;
  /** 发货时间 格式 yyyy-MM-dd HH:mm:ss */
  delivery_time: string;
  /** 扩展字段JSON串 twoStageTms:是否二段单 0 否 ,1 是 */
  feature?: string;
  /** 集货信息 */
  pick_up_info?: AlibabaAscpIndustryUopSupplierConsignoderPickupinfoInput;
  /** 操作人 */
  operator?: string;
  /** 操作时间 格式 yyyy-MM-dd HH:mm:ss */
  operate_time?: string;
}

/** `Receiverinfo` of `alibaba.ascp.industry.uop.supplier.consignoder`. */
export interface AlibabaAscpIndustryUopSupplierConsignoderReceiverinfoInput {
  /** 邮编 */
  receiver_zip_code?: string;
  /** 国家 */
  receiver_country: string;
  /** 省 */
  receiver_province: string;
  /** 市 */
  receiver_city: string;
  /** 区 */
  receiver_area: string;
  /** 村镇 */
  receive_town: string;
  /** 详细地址 */
  receiver_detail_address: string;
  /** 收件人 */
  receiver_name: string;
  /** 手机号 */
  receiver_mobile: string;
  /** 固定电话 */
  receiver_phone?: string;
  /** 公司名称 */
  receiver_company_name?: string;
  /** 邮箱 */
  receiver_email?: string;
}

/** `Senderinfo` of `alibaba.ascp.industry.uop.supplier.consignoder`. */
export interface AlibabaAscpIndustryUopSupplierConsignoderSenderinfoInput {
  /** 邮编 */
  sender_zip_code?: string;
  /** 国家 */
  sender_country: string;
  /** 省 */
  sender_province: string;
  /** 市 */
  sender_city: string;
  /** 区 */
  sender_area: string;
  /** 村镇 */
  sender_town: string;
  /** 详细地址 */
  sender_detail_address: string;
  /** 发件人 */
  sender_name: string;
  /** 手机号 */
  sender_mobile: string;
  /** 固定电话 */
  sender_phone?: string;
}

/** `Refunderinfo` of `alibaba.ascp.industry.uop.supplier.consignoder`. */
export interface AlibabaAscpIndustryUopSupplierConsignoderRefunderinfoInput {
  /** 国家 */
  refunder_country: string;
  /** 省 */
  refunder_province: string;
  /** 市 */
  refunder_city: string;
  /** 区 */
  refunder_area: string;
  /** 村镇 */
  refunder_town: string;
  /** 详细地址 */
  refunder_detail_address: string;
  /** 退货人 */
  refunder_name: string;
  /** 手机号 */
  refunder_mobile: string;
  /** 固定电话 */
  refunder_phone?: string;
  /** 邮编 */
  refunder_zip_code?: string;
}

/** `Consignorderitemlist` of `alibaba.ascp.industry.uop.supplier.consignoder`. */
export interface AlibabaAscpIndustryUopSupplierConsignoderConsignorderitemlistInput {
  /** 交易主单号 */
  order_source_code: string;
  /** 交易子单号 */
  sub_source_code: string;
  /** 货品名称(货品为商家实际发货货品信息) */
  goods_name: string;
  /** 货品体积(m3) */
  goods_volume: string;
  /** 货品重量(kg) */
  goods_weight?: string;
  /** 包件明细( 包件为包裹信息) */
  package_detail_list?: AlibabaAscpIndustryUopSupplierConsignoderPackagedetaillistInput[];
  /** 安装类型 1:整装 2:拆装 */
  install_type: string;
  /** 商品名称(商品为店铺销售宝贝信息) */
  item_name?: string;
  /** 商品编码 */
  item_code?: string;
  /** 包件数量 */
  package_qty: Int64Input;
  /** 扩展字段JSON串 */
  feature?: string;
  /** 货品数量 */
  goods_qty: Int64Input;
}

/** `Packagedetaillist` of `alibaba.ascp.industry.uop.supplier.consignoder`. */
export interface AlibabaAscpIndustryUopSupplierConsignoderPackagedetaillistInput {
  /** 包件体积(m3) */
  package_volume?: string;
  /** 包件重量(kg) */
  package_weight?: string;
  /** 包件名称 */
  package_name?: string;
  /** 扩展字段JSON串 */
  feature?: string;
}

/** `Pickupinfo` of `alibaba.ascp.industry.uop.supplier.consignoder`. */
export interface AlibabaAscpIndustryUopSupplierConsignoderPickupinfoInput {
  /** 集货是否完成 Y 是,N 否 */
  is_completed?: string;
  /** 集货是否取消 Y 是,N 否 */
  is_canceled?: string;
  /** 集货发货单号列表（用,分隔） */
  pick_up_nos?: string;
}

/** `Data` of `alibaba.ascp.industry.uop.supplier.consignoder`. */
export interface AlibabaAscpIndustryUopSupplierConsignoderData {
  /** 送装物流单号 */
  express_code?: string;
}

const REQUEST_SCHEMA = {
  erp_normal_consign_order_request: {
    delivery_order_code: 'String',
    shop_nick: 'String',
    shop_id: 'String',
    lp_service_type: 'Number',
    end_service_type: 'Number',
    source_platform_code: 'String',
    receiver_info: {
      receiver_zip_code: 'String',
      receiver_country: 'String',
      receiver_province: 'String',
      receiver_city: 'String',
      receiver_area: 'String',
      receive_town: 'String',
      receiver_detail_address: 'String',
      receiver_name: 'String',
      receiver_mobile: 'String',
      receiver_phone: 'String',
      receiver_company_name: 'String',
      receiver_email: 'String',
    },
    sender_info: {
      sender_zip_code: 'String',
      sender_country: 'String',
      sender_province: 'String',
      sender_city: 'String',
      sender_area: 'String',
      sender_town: 'String',
      sender_detail_address: 'String',
      sender_name: 'String',
      sender_mobile: 'String',
      sender_phone: 'String',
    },
    refunder_info: {
      refunder_country: 'String',
      refunder_province: 'String',
      refunder_city: 'String',
      refunder_area: 'String',
      refunder_town: 'String',
      refunder_detail_address: 'String',
      refunder_name: 'String',
      refunder_mobile: 'String',
      refunder_phone: 'String',
      refunder_zip_code: 'String',
    },
    logistics_name: 'String',
    logistics_code: 'String',
    express_code: 'String',
    consign_order_item_list: [
      {
        order_source_code: 'String',
        sub_source_code: 'String',
        goods_name: 'String',
        goods_volume: 'String',
        goods_weight: 'String',
        package_detail_list: [
          {
            package_volume: 'String',
            package_weight: 'String',
            package_name: 'String',
            feature: 'String',
          },
        ],
        install_type: 'String',
        item_name: 'String',
        item_code: 'String',
        package_qty: 'Number',
        feature: 'String',
        goods_qty: 'Number',
      },
    ],
    remark: 'String',
    delivery_time: 'String',
    feature: 'String',
    pick_up_info: {
      is_completed: 'String',
      is_canceled: 'String',
      pick_up_nos: 'String',
    },
    operator: 'String',
    operate_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    express_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.uop.supplier.consignoder`: method, response root, request and response schemas. */
export const alibabaAscpIndustryUopSupplierConsignoderOperation = {
  method: 'alibaba.ascp.industry.uop.supplier.consignoder',
  responseRoot: 'alibaba_ascp_industry_uop_supplier_consignoder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家推单 — calls TOP method `alibaba.ascp.industry.uop.supplier.consignoder`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryUopSupplierConsignoder(
  client: TopClient,
  request: AlibabaAscpIndustryUopSupplierConsignoderRequest,
  options?: CallOptions,
): Promise<AlibabaAscpIndustryUopSupplierConsignoderResponse> {
  return client.call<AlibabaAscpIndustryUopSupplierConsignoderResponse>(
    {
      method: 'alibaba.ascp.industry.uop.supplier.consignoder',
      responseRoot: 'alibaba_ascp_industry_uop_supplier_consignoder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
