// Generated from specs/cainiaohandover/cainiao.global.logistic.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.logistic.order.create` (创建物流订单). */
export interface CainiaoGlobalLogisticOrderCreateRequest {
  /** 订单参数 */
  order_param: CainiaoGlobalLogisticOrderCreateOpenOrderParamInput;
  /** 多语言 */
  locale?: string;
}

/** Response of `cainiao.global.logistic.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalLogisticOrderCreateResponse {
  /** 创建是否成功 */
  is_success?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 请求结果 */
  result?: CainiaoGlobalLogisticOrderCreateOpenTakingOrderResponse;
  /** 错误信息 */
  error_info?: CainiaoGlobalLogisticOrderCreateErrorInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenOrderParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenOrderParamInput {
  /** 交易单参数 */
  trade_order_param: CainiaoGlobalLogisticOrderCreateOpenTradeOrderParamInput;
  /** 解决方案参数 */
  solution_param: CainiaoGlobalLogisticOrderCreateOpenSolutionParamInput;
  /** 包裹参数 */
  package_params: CainiaoGlobalLogisticOrderCreateOpenPackageParamInput[];
  /** 商家信息参数 */
  seller_info_param: CainiaoGlobalLogisticOrderCreateOpenSellerInfoParamInput;
  /** 发件人信息 */
  sender_param: CainiaoGlobalLogisticOrderCreateOpenSenderParamInput;
  /** 退货联系人信息 */
  returner_param: CainiaoGlobalLogisticOrderCreateOpenReturnerParamInput;
  /** 收件人信息 */
  receiver_param: CainiaoGlobalLogisticOrderCreateReceiverParamInput;
  /** 揽收信息参数 */
  pickup_info_param?: CainiaoGlobalLogisticOrderCreateOpenPickupInfoParamInput;
}

/** `OpenTradeOrderParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenTradeOrderParamInput {
  /** 主交易单ID */
  trade_order_id: Int64Input;
}

/** `OpenSolutionParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenSolutionParamInput {
  /** 解决方案code */
  solution_code: string;
  /** 物流服务列表 */
  service_params: CainiaoGlobalLogisticOrderCreateOpenServiceParamInput[];
}

/** `OpenServiceParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenServiceParamInput {
  /** DOOR_PICKUP:上门揽收；SELF_POST:自寄；SELF_SEND:自送；UNREACHABLE_RETURN:不可达退回； */
  code: string;
  /** 不同物流服务的扩展信息 */
  features: CainiaoGlobalLogisticOrderCreateFeaturesInput;
}

/** `Features` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateFeaturesInput {
  /** 自送仓资源编码 */
  warehouse_code?: string;
  /** 自送仓资源所对应的schemeCode */
  service_resource_code?: string;
  /** 自寄时快递公司运单号 */
  express_mail_no?: string;
  /** 自寄时快递公司的ID */
  express_company_id?: string;
  /** 自寄时快递公司的名称 */
  express_company_name?: string;
}

/** `OpenPackageParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenPackageParamInput {
  /** 包裹长度 */
  length?: Int64Input;
  /** 包裹宽度 */
  width?: Int64Input;
  /** 包裹高度 */
  height?: Int64Input;
  /** 包裹重量 */
  weight?: Int64Input;
  /** 包裹价格 */
  price?: Int64Input;
  /** 商品参数 */
  item_params: CainiaoGlobalLogisticOrderCreateOpenItemParamInput[];
  /** 包裹价格币种，CNY：人民币、USD：美元、RUB：卢布。 */
  currency?: string;
}

/** `OpenItemParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenItemParamInput {
  /** 商品ID */
  item_id: Int64Input;
  /** 商品数量 */
  quantity: Int64Input;
  /** 商品英文名称 */
  english_name: string;
  /** 商品本地名称 */
  local_name: string;
  /** 商品单价，单位结算币种最小单位，如人民币分 */
  unit_price: Int64Input;
  /** sku */
  sku: string;
  /** 后台商品ID */
  sc_item_id?: Int64Input;
  /** 商品重量，单位g */
  weight: Int64Input;
  /** 商品属性，cf_normal：普货、cf_has_battery：含电。 */
  item_features?: string[];
  /** 商品价格币种 */
  currency: string;
  /** 商品总价 */
  total_price: Int64Input;
  /** 商品长度 */
  length?: Int64Input;
  /** 商品宽度 */
  width?: Int64Input;
  /** 商品高度 */
  height?: Int64Input;
}

/** `OpenSellerInfoParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenSellerInfoParamInput {
  /** 跨店铺组包时的店铺分组ID */
  top_user_key?: string;
}

/** `OpenSenderParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenSenderParamInput {
  /** 卖家后台地址id,用来获取卖家详细地址信息，传入值为Long型； */
  seller_address_id: Int64Input;
}

/** `OpenReturnerParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenReturnerParamInput {
  /** 卖家后台地址id,用来获取卖家详细地址信息，传入值为Long型； */
  seller_address_id: Int64Input;
}

/** `ReceiverParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateReceiverParamInput {
  /** 收件人名称 */
  name?: string;
  /** 收件人座机号 */
  telephone?: string;
  /** 收件人手机号 */
  mobile_phone?: string;
  /** 收件人地址信息 */
  address_param?: CainiaoGlobalLogisticOrderCreateOpenAddressParamInput;
  /** 用户昵称 */
  user_nick?: string;
  /** 邮箱 */
  email?: string;
}

/** `OpenAddressParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenAddressParamInput {
  /** 最小区划地址库ID */
  division_id?: Int64Input;
  /** 邮编 */
  zip_code?: string;
  /** 国家名称 */
  country_name?: string;
  /** 省份 */
  province?: string;
  /** 城市 */
  city?: string;
  /** 区 */
  district?: string;
  /** 街道 */
  street?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 国家二字码，CN：中国、RU：俄罗斯 */
  country_code?: string;
}

/** `OpenPickupInfoParam` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenPickupInfoParamInput {
  /** 卖家后台地址id,用来获取卖家详细地址信息，传入值为Long型； */
  seller_address_id: Int64Input;
}

/** `OpenTakingOrderResponse` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateOpenTakingOrderResponse {
  /** 物流订单ID */
  logistics_order_id?: Int64;
}

/** `ErrorInfo` of `cainiao.global.logistic.order.create`. */
export interface CainiaoGlobalLogisticOrderCreateErrorInfo {
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  order_param: {
    trade_order_param: {
      trade_order_id: 'Number',
    },
    solution_param: {
      solution_code: 'String',
      service_params: [
        {
          code: 'String',
          features: {
            warehouse_code: 'String',
            service_resource_code: 'String',
            express_mail_no: 'String',
            express_company_id: 'String',
            express_company_name: 'String',
          },
        },
      ],
    },
    package_params: [
      {
        length: 'Number',
        width: 'Number',
        height: 'Number',
        weight: 'Number',
        price: 'Number',
        item_params: [
          {
            item_id: 'Number',
            quantity: 'Number',
            english_name: 'String',
            local_name: 'String',
            unit_price: 'Number',
            sku: 'String',
            sc_item_id: 'Number',
            weight: 'Number',
            item_features: ['String'],
            currency: 'String',
            total_price: 'Number',
            length: 'Number',
            width: 'Number',
            height: 'Number',
          },
        ],
        currency: 'String',
      },
    ],
    seller_info_param: {
      top_user_key: 'String',
    },
    sender_param: {
      seller_address_id: 'Number',
    },
    returner_param: {
      seller_address_id: 'Number',
    },
    receiver_param: {
      name: 'String',
      telephone: 'String',
      mobile_phone: 'String',
      address_param: {
        division_id: 'Number',
        zip_code: 'String',
        country_name: 'String',
        province: 'String',
        city: 'String',
        district: 'String',
        street: 'String',
        detail_address: 'String',
        country_code: 'String',
      },
      user_nick: 'String',
      email: 'String',
    },
    pickup_info_param: {
      seller_address_id: 'Number',
    },
  },
  locale: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'String',
  need_retry: 'Boolean',
  result: {
    logistics_order_id: 'Number',
  },
  error_info: {
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.logistic.order.create`: method, response root, request and response schemas. */
export const cainiaoGlobalLogisticOrderCreateOperation = {
  method: 'cainiao.global.logistic.order.create',
  responseRoot: 'cainiao_global_logistic_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建物流订单 — calls TOP method `cainiao.global.logistic.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalLogisticOrderCreate(
  client: TopClient,
  request: CainiaoGlobalLogisticOrderCreateRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalLogisticOrderCreateResponse> {
  return client.call<CainiaoGlobalLogisticOrderCreateResponse>(
    {
      method: 'cainiao.global.logistic.order.create',
      responseRoot: 'cainiao_global_logistic_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
