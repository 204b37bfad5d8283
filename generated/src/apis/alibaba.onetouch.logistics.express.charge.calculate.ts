// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.charge.calculate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.charge.calculate` (计算快递运费&下单参数校验). */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateRequest {
  /** 请求参数对象 */
  paramn_query: AlibabaOnetouchLogisticsExpressChargeCalculatePlaceOrderDTOInput;
}

/** Response of `alibaba.onetouch.logistics.express.charge.calculate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateResponse {
  /** 接口返回model */
  result?: AlibabaOnetouchLogisticsExpressChargeCalculateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlaceOrderDTO` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculatePlaceOrderDTOInput {
  /** 货品信息 */
  cargo_list: AlibabaOnetouchLogisticsExpressChargeCalculateCargoListInput[];
  /** 起始地邮编 */
  origin_zip_code: string;
  /** 交货到仓快递信息 */
  deliver_warehouse_express?: AlibabaOnetouchLogisticsExpressChargeCalculateDeliverWarehouseExpressDtoInput;
  /** 包裹信息 */
  package_list: AlibabaOnetouchLogisticsExpressChargeCalculatePackageListInput[];
  /** 目的地国家 */
  destination_country_code: string;
  /** 仓库编码 */
  warehouse_code: string;
  /** 产品编码 */
  product_code: string;
  /** 发货人地址 */
  consignor_address: AlibabaOnetouchLogisticsExpressChargeCalculateConsignorAddressInput;
  /** 申报信息 */
  express_customs: AlibabaOnetouchLogisticsExpressChargeCalculateExpressCustomsDtoInput;
  /** 1 */
  need_pickup?: boolean;
  /** 目的地邮编 */
  destination_zip_code: string;
  /** 发货批次ID */
  supply_chain_biz_id?: string;
  /** 收货人地址 */
  consignee_address: AlibabaOnetouchLogisticsExpressChargeCalculateConsigneeAddressInput;
  /** 交易单号（例如阿里国际站的信保单ID），注意此字段不为空时，trade_platform字段必填（默认为ICBU） */
  trade_biz_id?: string;
  /** 跨境电商平台代码：ICBU（阿里巴巴国际站）、ALIEXPRESS（速卖通）、AMAZON（亚马逊）等 */
  trade_platform?: string;
}

/** `CargoList` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateCargoListInput {
  /** 单位 */
  unit: string;
  /** 海关编码 */
  hscode: string;
  /** 货物数量 */
  quantity: Int64Input;
  /** 1 */
  declaration_value: string;
  /** 货物单价 */
  price?: string;
  /** 货物中文名 */
  name_cn: string;
  /** 1 */
  currency: string;
  /** 货物英文名 */
  name_en: string;
  /** 商品特性列表对象 */
  product_type: AlibabaOnetouchLogisticsExpressChargeCalculateProductTypeInput[];
  /** 材质 */
  material?: string;
  /** 用途 */
  purpose?: string;
}

/** `ProductType` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateProductTypeInput {
  /** 商品类型code */
  code: string;
  /** 商品特性列表对象 */
  children?: AlibabaOnetouchLogisticsExpressChargeCalculateChildrenInput[];
  /** 商品类型 */
  name: string;
}

/** `Children` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateChildrenInput {
  /** 商品类型code */
  code?: string;
  /** 商品特性列表对象 */
  children?: AlibabaOnetouchLogisticsExpressChargeCalculateLeafNodeInput[];
  /** 商品类型 */
  name?: string;
}

/** `LeafNode` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateLeafNodeInput {
  /** 商品类型code */
  code?: string;
  /** 商品类型 */
  name?: string;
}

/** `DeliverWarehouseExpressDto` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateDeliverWarehouseExpressDtoInput {
  /** 国内快递公司code */
  logistics_company?: string;
  /** 运单号 */
  tracking_numbers?: string[];
  /** 包裹数量 */
  package_quantity?: string;
}

/** `PackageList` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculatePackageListInput {
  /** 数量 */
  quantity: string;
  /** 长 */
  length: string;
  /** 宽 */
  width: string;
  /** 重量 */
  weight: string;
  /** 包装类型 */
  type: string;
  /** 高 */
  height: string;
}

/** `ConsignorAddress` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateConsignorAddressInput {
  /** 国家、省、市、详细地址信息 */
  address: AlibabaOnetouchLogisticsExpressChargeCalculateAddressInput;
  /** 联系方式(邮箱、电话号码、手机号码等) */
  contact: AlibabaOnetouchLogisticsExpressChargeCalculateContactInput;
  /** 联系人姓名 */
  contact_person: string;
  /** 公司中文名 */
  company_name_cn: string;
}

/** `Address` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateAddressInput {
  /** 邮编 */
  zip: string;
  /** 国家 */
  country: AlibabaOnetouchLogisticsExpressChargeCalculateCountryInput;
  /** 地址 */
  address: string;
  /** 乡、镇名称 */
  town?: AlibabaOnetouchLogisticsExpressChargeCalculateTownInput;
  /** 省份 */
  province: AlibabaOnetouchLogisticsExpressChargeCalculateProvinceInput;
  /** 城市 */
  city: AlibabaOnetouchLogisticsExpressChargeCalculateCityInput;
  /** 地区 */
  district?: AlibabaOnetouchLogisticsExpressChargeCalculateDistrictInput;
}

/** `Country` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateCountryInput {
  /** 地址代码 */
  code: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name: string;
}

/** `Town` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateTownInput {
  /** 地址代码 */
  code?: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name?: string;
}

/** `Province` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateProvinceInput {
  /** 地址代码 */
  code: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name: string;
}

/** `City` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateCityInput {
  /** 地址代码 */
  code: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name: string;
}

/** `District` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateDistrictInput {
  /** 地址代码 */
  code?: string;
  /** 地址名字 */
  name?: string;
}

/** `Contact` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateContactInput {
  /** 电话区号 */
  phone_code?: string;
  /** 手机号码 */
  mobile_no: string;
  /** 邮箱 */
  email: string;
}

/** `ExpressCustomsDto` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateExpressCustomsDtoInput {
  /** 申报金额 */
  declaration_amount: string;
  /** 是否正式报关 */
  need_customs_clearance: string;
  /** 报关币种，出口发货中心默认USD */
  declaration_currency: string;
}

/** `ConsigneeAddress` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateConsigneeAddressInput {
  /** 国家、省、市、详细地址信息 */
  address: AlibabaOnetouchLogisticsExpressChargeCalculateAddressInput2;
  /** 联系方式(邮箱、电话号码、手机号码等) */
  contact?: AlibabaOnetouchLogisticsExpressChargeCalculateContactInput2;
  /** 地址所有者邮箱(卖家维护收货地址, 值等于买家邮箱) */
  address_email?: string;
  /** 公司英文名 */
  company_name_en: string;
  /** 联系人姓名 */
  contact_person: string;
  /** 地址类型 */
  type?: string;
}

/** `Address` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateAddressInput2 {
  /** 邮编 */
  zip: string;
  /** 国家 */
  country: AlibabaOnetouchLogisticsExpressChargeCalculateCountryInput2;
  /** 地址 */
  address: string;
  /** 省份 */
  province: AlibabaOnetouchLogisticsExpressChargeCalculateProvinceInput2;
  /** 乡、镇名称 */
  town?: AlibabaOnetouchLogisticsExpressChargeCalculateTownInput2;
  /** 地址2 */
  address2?: string;
  /** 城市 */
  city: AlibabaOnetouchLogisticsExpressChargeCalculateCityInput2;
  /** 地区 */
  district?: AlibabaOnetouchLogisticsExpressChargeCalculateDistrictInput2;
}

/** `Country` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateCountryInput2 {
  /** 地址代码 */
  code: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name: string;
  /** 未知 */
  phone_code?: string;
}

/** `Province` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateProvinceInput2 {
  /** 地址代码 */
  code?: string;
  /** 地址代码 */
  area_id?: string;
  /** 地址名字 */
  name: string;
}

/** `Town` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateTownInput2 {
  /** 地址代码 */
  code?: string;
  /** 地址代码 */
  area_id?: string;
  /** 地址名字 */
  name?: string;
}

/** `City` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateCityInput2 {
  /** 地址代码 */
  code?: string;
  /** 地址名字 */
  name: string;
}

/** `District` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateDistrictInput2 {
  /** 地址代码 */
  code?: string;
  /** 地址代码 */
  area_id?: string;
  /** 地址名字 */
  name?: string;
}

/** `Contact` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateContactInput2 {
  /** 电话区码 */
  phone_area?: string;
  /** 电话区号 */
  phone_code?: string;
  /** 手机号码 */
  mobile_no: string;
  /** 邮箱 */
  email: string;
}

/** `Result` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateResult {
  /** 返回结果描述 */
  error_message?: string;
  /** 结果对象 */
  values?: AlibabaOnetouchLogisticsExpressChargeCalculateExpressFreightDTO;
  /** 是否成功 */
  success?: boolean;
  /** 返回结果编码 */
  error_code?: Int64;
}

/** `ExpressFreightDTO` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateExpressFreightDTO {
  /** 费用项列表 */
  express_quote_item_list?: AlibabaOnetouchLogisticsExpressChargeCalculateExpressQuoteItemList[];
  /** 销售总价 */
  sales_amount?: string;
  /** 折扣总价 */
  discount_amount?: string;
}

/** `ExpressQuoteItemList` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateExpressQuoteItemList {
  /** 费用编码 */
  code?: string;
  /** 数量 */
  quantity?: Int64;
  /** 价格信息 */
  sales_amount?: AlibabaOnetouchLogisticsExpressChargeCalculateMoney;
  /** 费用名称 */
  name?: string;
  /** 费用描述 */
  charge_desc?: string;
  /** 币种 */
  currency?: string;
  /** 费用类型 */
  type?: string;
}

/** `Money` of `alibaba.onetouch.logistics.express.charge.calculate`. */
export interface AlibabaOnetouchLogisticsExpressChargeCalculateMoney {
  /** 金额 */
  amount?: string;
  /** 币种 */
  currency?: string;
}

const REQUEST_SCHEMA = {
  paramn_query: {
    cargo_list: [
      {
        unit: 'String',
        hscode: 'String',
        quantity: 'Number',
        declaration_value: 'String',
        price: 'String',
        name_cn: 'String',
        currency: 'String',
        name_en: 'String',
        product_type: [
          {
            code: 'String',
            children: [
              {
                code: 'String',
                children: [
                  {
                    code: 'String',
                    name: 'String',
                  },
                ],
                name: 'String',
              },
            ],
            name: 'String',
          },
        ],
        material: 'String',
        purpose: 'String',
      },
    ],
    origin_zip_code: 'String',
    deliver_warehouse_express: {
      logistics_company: 'String',
      tracking_numbers: ['String'],
      package_quantity: 'String',
    },
    package_list: [
      {
        quantity: 'String',
        length: 'String',
        width: 'String',
        weight: 'String',
        type: 'String',
        height: 'String',
      },
    ],
    destination_country_code: 'String',
    warehouse_code: 'String',
    product_code: 'String',
    consignor_address: {
      address: {
        zip: 'String',
        country: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
        },
        address: 'String',
        town: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
        },
        province: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
        },
        city: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
        },
        district: {
          code: 'String',
          name: 'String',
        },
      },
      contact: {
        phone_code: 'String',
        mobile_no: 'String',
        email: 'String',
      },
      contact_person: 'String',
      company_name_cn: 'String',
    },
    express_customs: {
      declaration_amount: 'String',
      need_customs_clearance: 'String',
      declaration_currency: 'String',
    },
    need_pickup: 'Boolean',
    destination_zip_code: 'String',
    supply_chain_biz_id: 'String',
    consignee_address: {
      address: {
        zip: 'String',
        country: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
          phone_code: 'String',
        },
        address: 'String',
        province: {
          code: 'String',
          area_id: 'String',
          name: 'String',
        },
        town: {
          code: 'String',
          area_id: 'String',
          name: 'String',
        },
        address2: 'String',
        city: {
          code: 'String',
          name: 'String',
        },
        district: {
          code: 'String',
          area_id: 'String',
          name: 'String',
        },
      },
      contact: {
        phone_area: 'String',
        phone_code: 'String',
        mobile_no: 'String',
        email: 'String',
      },
      address_email: 'String',
      company_name_en: 'String',
      contact_person: 'String',
      type: 'String',
    },
    trade_biz_id: 'String',
    trade_platform: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    values: {
      express_quote_item_list: [
        {
          code: 'String',
          quantity: 'Number',
          sales_amount: {
            amount: 'String',
            currency: 'String',
          },
          name: 'String',
          charge_desc: 'String',
          currency: 'String',
          type: 'String',
        },
      ],
      sales_amount: 'String',
      discount_amount: 'String',
    },
    success: 'Boolean',
    error_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.charge.calculate`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressChargeCalculateOperation = {
  method: 'alibaba.onetouch.logistics.express.charge.calculate',
  responseRoot: 'alibaba_onetouch_logistics_express_charge_calculate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 计算快递运费&下单参数校验 — calls TOP method `alibaba.onetouch.logistics.express.charge.calculate`.
 *
 * 计算快递运费、下单参数校验
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressChargeCalculate(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressChargeCalculateRequest,
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressChargeCalculateResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressChargeCalculateResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.charge.calculate',
      responseRoot: 'alibaba_onetouch_logistics_express_charge_calculate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
