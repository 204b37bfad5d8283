// Generated from specs/logistic/aliexpress.logistics.createwarehouseorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.logistics.createwarehouseorder` (创建线上物流订单). */
export interface AliexpressLogisticsCreatewarehouseorderRequest {
  /** addresses */
  address_d_t_os: AliexpressLogisticsCreatewarehouseorderAddressdtosInput;
  /**
   * 申报产品信息,列表类型，以json格式来表达。{productId为产品ID(必填,如为礼品,则设置为0);categoryCnDesc为申报中文名称(必填,长度1-20);categoryEnDesc为申报英文名称(必填,长度1-60);productNum产品件数(必填1-999);productDeclareAmount为产品申报金额(必填,0.01-10000.00);productWeight为产品申报重量(必填0.001-2.000);isContainsBattery为是否包含锂电池(必填0/1);scItemId为仓储发货属性代码（团购订单，仓储发货必填，物流服务为RUSTON 哈尔滨备货仓 HRB_WLB_RUSTONHEB，属性代码对应AE商品的sku属性一级，暂时没有提供接口查询属性代码，可以在仓储管理--库存管理页面查看，例如： 团购产品的sku属性White对应属性代码 40414943126）;skuValue为属性名称（团购订单，仓储发货必填，例如：White）;hsCode为产品海关编码，获取相关数据请至：http://www.customs.gov.cn/Tabid/67737/Default.aspx};isAneroidMarkup为是否含非液体化妆品（必填，填0代表不含非液体化妆品；填1代表含非液体化妆品；默认为0）;isOnlyBattery为是否含纯电池产品（必填，填0代表不含纯电池产品；填1代表含纯电池产品；默认为0）;
   *
   * Max list size: 50
   */
  declare_product_d_t_os: AliexpressLogisticsCreatewarehouseorderAeopWlDeclareProductForTopDtoInput[];
  /** 国内快递公司名称,物流公司Id为-1时,必填 */
  domestic_logistics_company?: string;
  /** 国内快递ID(物流公司是other时,ID为-1) */
  domestic_logistics_company_id: Int64Input;
  /** 国内快递运单号,长度1-32 */
  domestic_tracking_no: string;
  /** 包裹数量： 创建国家小包订单时非必填，创建国家快递订单时必填 */
  package_num?: Int64Input;
  /** 订单来源 */
  trade_order_from: string;
  /** 交易订单号 */
  trade_order_id: Int64Input;
  /** 不可达处理(退回:0/销毁:1) 。详情请参考：http://bbs.seller.aliexpress.com/bbs/read.php?tid=514111 */
  undeliverable_decision?: Int64Input;
  /** ”根据订单号获取线上发货物流方案“API获取用户选择的实际发货物流服务（物流服务key,即仓库服务名称)例如：HRB_WLB_ZTOGZ是 中俄航空 Ruston广州仓库； HRB_WLB_RUSTONHEB为哈尔滨备货仓暂不支持，该渠道请做忽略。 */
  warehouse_carrier_service: string;
  /** 发票号（可空） */
  invoice_number?: string;
  /**
   * ISV用户唯一标识，一般为userId,最大长度为16个字符
   *
   * Max length: 16
   */
  top_user_key?: string;
  /** 包裹保额 */
  insurance_coverage?: AliexpressLogisticsCreatewarehouseorderMoneyInput;
  /** 是否同意升级逆向高货值保险 */
  is_agree_upgrade_reverse_parcel_insure?: boolean;
}

/** Response of `aliexpress.logistics.createwarehouseorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressLogisticsCreatewarehouseorderResponse {
  /** result */
  result?: AliexpressLogisticsCreatewarehouseorderAeopWlCreateWarehouseOrderResultDto;
  /** 调用是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Addressdtos` of `aliexpress.logistics.createwarehouseorder`. */
export interface AliexpressLogisticsCreatewarehouseorderAddressdtosInput {
  /** sender address */
  sender?: AliexpressLogisticsCreatewarehouseorderAeopWlDeclareAddressDtoInput;
  /** pickup address */
  pickup?: AliexpressLogisticsCreatewarehouseorderAeopWlDeclareAddressDtoInput2;
  /** receiver address */
  receiver: AliexpressLogisticsCreatewarehouseorderAeopWlDeclareAddressDtoInput3;
  /** refund address */
  refund?: AliexpressLogisticsCreatewarehouseorderAeopWlDeclareAddressDtoInput;
}

/** `AeopWlDeclareAddressDto` of `aliexpress.logistics.createwarehouseorder`. */
export interface AliexpressLogisticsCreatewarehouseorderAeopWlDeclareAddressDtoInput {
  /** 电话 */
  phone?: string;
  /** 传真 */
  fax?: string;
  /** 类型 */
  member_type?: string;
  /** 旺旺 */
  trademanage_id?: string;
  /** 街道 */
  street?: string;
  /** 国家 */
  country?: string;
  /** 城市 */
  city?: string;
  /** 区 */
  county?: string;
  /** 邮箱 */
  email?: string;
  /** 卖家后台地址id,用来获取卖家详细地址信息，传入值为Long型；传入addressId后，其余字段值无效。 */
  address_id: Int64Input;
  /** 姓名 */
  name?: string;
  /** 省份 */
  province?: string;
  /** 详细地址 */
  street_address?: string;
  /** 电话 */
  mobile?: string;
  /** 邮编 */
  post_code?: string;
}

/** `AeopWlDeclareAddressDto` of `aliexpress.logistics.createwarehouseorder`. */
export interface AliexpressLogisticsCreatewarehouseorderAeopWlDeclareAddressDtoInput2 {
  /** 电话 */
  phone?: string;
  /** 传真 */
  fax?: string;
  /** 类型 */
  member_type?: string;
  /** 旺旺 */
  trademanage_id?: string;
  /** 街道 */
  street?: string;
  /** 国家 */
  country?: string;
  /** 城市 */
  city?: string;
  /** 区 */
  county?: string;
  /** 邮箱 */
  email?: string;
  /** 卖家后台地址id,用来获取卖家详细地址信息，传入值为Long型；传入addressId后，其余字段值无效。 */
  address_id: Int64Input;
  /** 姓名 */
  name?: string;
  /** 省份 */
  province?: string;
  /** 详细地址 */
  street_address?: string;
  /** 电话 */
  mobile?: string;
  /** 邮编 */
  post_code?: string;
  /** 仓Code */
  from_warehouse_code?: string;
}

/** `AeopWlDeclareAddressDto` of `aliexpress.logistics.createwarehouseorder`. */
export interface AliexpressLogisticsCreatewarehouseorderAeopWlDeclareAddressDtoInput3 {
  /** 电话 */
  phone?: string;
  /** 传真 */
  fax?: string;
  /** 类型 */
  member_type?: string;
  /** 旺旺 */
  trademanage_id?: string;
  /** 街道 */
  street?: string;
  /** 邮编 */
  post_code?: string;
  /** 国家 */
  country?: string;
  /** 城市 */
  city?: string;
  /** 区 */
  county?: string;
  /** 邮箱 */
  email?: string;
  /** 卖家后台地址id,用来获取卖家详细地址信息，传入值为Long型；传入addressId后，其余字段值无效。 */
  address_id?: Int64Input;
  /** 姓名 */
  name?: string;
  /** 省份 */
  province?: string;
  /** 详细地址 */
  street_address?: string;
  /** 电话 */
  mobile?: string;
}

/** `AeopWlDeclareProductForTopDto` of `aliexpress.logistics.createwarehouseorder`. */
export interface AliexpressLogisticsCreatewarehouseorderAeopWlDeclareProductForTopDtoInput {
  /** 判断是否属于非液体化妆品 */
  aneroid_markup?: boolean;
  /** 是否易碎 */
  breakable?: boolean;
  /** 类目中文名称 */
  category_cn_desc?: string;
  /** 类目英文名称 */
  category_en_desc?: string;
  /** 是否包含电池 */
  contains_battery?: boolean;
  /** 海关编码 */
  hs_code?: string;
  /** 是否纯电池 */
  only_battery?: boolean;
  /** 产品申报金额 */
  product_declare_amount?: string;
  /** 商品ID */
  product_id?: Int64Input;
  /** 产品数量 */
  product_num?: Int64Input;
  /** 产品重量 */
  product_weight?: string;
  /** scItem code */
  sc_item_code?: string;
  /** scItem id */
  sc_item_id?: Int64Input;
  /** scItem name */
  sc_item_name?: string;
  /** sku code */
  sku_code?: string;
  /** sku value */
  sku_value?: string;
  /** 是否特货 */
  contains_special_goods?: boolean;
  /** 交易子单号 */
  child_order_id?: Int64Input;
}

/** `Money` of `aliexpress.logistics.createwarehouseorder`. */
export interface AliexpressLogisticsCreatewarehouseorderMoneyInput {
  /** 分 */
  cent?: Int64Input;
  /** 币种三字码 */
  currency_code?: string;
}

/** `AeopWlCreateWarehouseOrderResultDto` of `aliexpress.logistics.createwarehouseorder`. */
export interface AliexpressLogisticsCreatewarehouseorderAeopWlCreateWarehouseOrderResultDto {
  /** 创建时错误码(1表示无错误) */
  error_code?: Int64;
  /** 创建时错误信息 */
  error_desc?: string;
  /** 国际运单号 */
  intl_tracking_no?: string;
  /** 外部订单号 */
  out_order_id?: Int64;
  /** 创建订单是否成功 */
  success?: boolean;
  /** 订单来源 */
  trade_order_from?: string;
  /** 交易订单号 */
  trade_order_id?: Int64;
  /** 物流订单号 */
  warehouse_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  address_d_t_os: {
    sender: {
      phone: 'String',
      fax: 'String',
      member_type: 'String',
      trademanage_id: 'String',
      street: 'String',
      country: 'String',
      city: 'String',
      county: 'String',
      email: 'String',
      address_id: 'Number',
      name: 'String',
      province: 'String',
      street_address: 'String',
      mobile: 'String',
      post_code: 'String',
    },
    pickup: {
      phone: 'String',
      fax: 'String',
      member_type: 'String',
      trademanage_id: 'String',
      street: 'String',
      country: 'String',
      city: 'String',
      county: 'String',
      email: 'String',
      address_id: 'Number',
      name: 'String',
      province: 'String',
      street_address: 'String',
      mobile: 'String',
      post_code: 'String',
      from_warehouse_code: 'String',
    },
    receiver: {
      phone: 'String',
      fax: 'String',
      member_type: 'String',
      trademanage_id: 'String',
      street: 'String',
      post_code: 'String',
      country: 'String',
      city: 'String',
      county: 'String',
      email: 'String',
      address_id: 'Number',
      name: 'String',
      province: 'String',
      street_address: 'String',
      mobile: 'String',
    },
    refund: {
      phone: 'String',
      fax: 'String',
      member_type: 'String',
      trademanage_id: 'String',
      street: 'String',
      country: 'String',
      city: 'String',
      county: 'String',
      email: 'String',
      address_id: 'Number',
      name: 'String',
      province: 'String',
      street_address: 'String',
      mobile: 'String',
      post_code: 'String',
    },
  },
  declare_product_d_t_os: [
    {
      aneroid_markup: 'Boolean',
      breakable: 'Boolean',
      category_cn_desc: 'String',
      category_en_desc: 'String',
      contains_battery: 'Boolean',
      hs_code: 'String',
      only_battery: 'Boolean',
      product_declare_amount: 'String',
      product_id: 'Number',
      product_num: 'Number',
      product_weight: 'String',
      sc_item_code: 'String',
      sc_item_id: 'Number',
      sc_item_name: 'String',
      sku_code: 'String',
      sku_value: 'String',
      contains_special_goods: 'Boolean',
      child_order_id: 'Number',
    },
  ],
  domestic_logistics_company: 'String',
  domestic_logistics_company_id: 'Number',
  domestic_tracking_no: 'String',
  package_num: 'Number',
  trade_order_from: 'String',
  trade_order_id: 'Number',
  undeliverable_decision: 'Number',
  warehouse_carrier_service: 'String',
  invoice_number: 'String',
  top_user_key: 'String',
  insurance_coverage: {
    cent: 'Number',
    currency_code: 'String',
  },
  is_agree_upgrade_reverse_parcel_insure: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_desc: 'String',
    intl_tracking_no: 'String',
    out_order_id: 'Number',
    success: 'Boolean',
    trade_order_from: 'String',
    trade_order_id: 'Number',
    warehouse_order_id: 'Number',
  },
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.logistics.createwarehouseorder`: method, response root, request and response schemas. */
export const aliexpressLogisticsCreatewarehouseorderOperation = {
  method: 'aliexpress.logistics.createwarehouseorder',
  responseRoot: 'aliexpress_logistics_createwarehouseorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建线上物流订单 — calls TOP method `aliexpress.logistics.createwarehouseorder`.
 *
 * 创建线上发货物流订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressLogisticsCreatewarehouseorder(
  client: TopClient,
  request: AliexpressLogisticsCreatewarehouseorderRequest,
  options?: CallOptions,
): Promise<AliexpressLogisticsCreatewarehouseorderResponse> {
  return client.call<AliexpressLogisticsCreatewarehouseorderResponse>(
    {
      method: 'aliexpress.logistics.createwarehouseorder',
      responseRoot: 'aliexpress_logistics_createwarehouseorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
