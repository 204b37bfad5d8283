// Generated from specs/wdk/alibaba.wdk.sku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.update` (更新商品). */
export interface AlibabaWdkSkuUpdateRequest {
  /**
   * 参数列表
   *
   * Max list size: 20
   */
  param_list: AlibabaWdkSkuUpdateSkuDoInput[];
}

/** Response of `alibaba.wdk.sku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuUpdateResponse {
  /** 执行结果 */
  result?: AlibabaWdkSkuUpdateApiResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SkuDo` of `alibaba.wdk.sku.update`. */
export interface AlibabaWdkSkuUpdateSkuDoInput {
  /** 门店或DC编码 */
  ou_code?: string;
  /** 商品编码 */
  sku_code: string;
  /** 条码列表,多个以英文逗号分隔。默认第一个条码为主条码，请配合条码更新策略字段barcode_update_type使用 */
  barcodes?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 主图地址 */
  main_pic_urls?: string;
  /** 详细图地址 */
  detail_pic_urls?: string;
  /** 保质期天数 */
  shelf_life?: Int64Input;
  /** 品牌名称 */
  brand_name?: string;
  /** 销项税率 */
  tax_rate?: string;
  /** 建议零售价,单位元 */
  suggested_price?: string;
  /** 是否称重 */
  weight_flag?: Int64Input;
  /** 机构编号 */
  org_no?: string;
  /** 单品重量 单位为克/g，必须为整数 */
  weight?: string;
  /** 高度 */
  height?: string;
  /** 宽度 */
  width?: string;
  /** 长度 */
  length?: string;
  /** 平台类目编码 */
  hm_category_code?: string;
  /** 简称短标题 */
  short_title?: string;
  /** 文描 */
  txt_desc?: string;
  /** 商家类目编码 */
  category_code?: string;
  /** 开票内容 */
  invoice_content?: string;
  /** 是否进口 */
  import_flag?: Int64Input;
  /** 净含量 */
  net_content?: string;
  /** 财务核算分类 */
  accounting_category?: string;
  /** 销售单位 */
  sale_unit?: string;
  /** 该字段已经废弃，请使用sku_price字段 */
  sale_price?: string;
  /** 商品在机构内的生命周期，商品状态；A-正常、T-暂时停购、C-淘汰出清、R-清退、D-删除封挡 */
  life_status?: string;
  /** 销售规格 */
  sale_spec?: string;
  /** 均重（一个售卖单位平均为多少个库存单位，称重商品必填)，计算库存发布时会以库存数量/均重来进行转换；建议与库存单位保持一致。若库存单位是kg，售卖单位可以是g。此时均重、预扣款重量填0.001。APP最小起购量、APP购买步长填正整数。比如香蕉的库存单位是kg，销售单位是g，APP最小起购量、APP购买步长填500，表示在APP最少购买一斤，每加一档是加一斤。均重、预扣款重量填0.001的作用是，当用户购买500g，乘以0.001系数后=0.5kg，所以扣库存0.5kg */
  avg_weight?: string;
  /** 预扣款重量（购买一个售卖单位按照多少个库存单位来扣款），计算金额时，按照购买的售卖单位数量/预扣款重量*售价 来计算；非称重品填1。若库存单位是kg，销售单位是g，填0.001 */
  pre_minus_weight?: string;
  /** app购买时每增加一次购买数量至少要增加多少个售卖单位。非称重品填1。称重品根据实际货品情况填写。步长除了是加购物车的数量之外还承载了最小售卖数量的意义。 */
  step_quantity?: Int64Input;
  /** APP销售时，基于销售单位的起购量 */
  purchase_quantity?: Int64Input;
  /** 标价签类型 */
  sku_label_type?: string;
  /** 商品是否适合在app销售，机构商品层级为总控，此字段为总开关，控制所有门店的是否APP可见，商品本身不可售，则app可售必须关闭。App可售关闭，则门店商品维度的app可见不允许打开。1：是? 0：否，（默认否） */
  allow_app_sale?: Int64Input;
  /** 商品卖点；商品副标题，显示在APP商品详情页的标题下方。如可口可乐商品的副标题可以是“夏日必备 解暑神器”。不超过80个字符。双方业务沟通一下，是否生鲜商品要定为必填 */
  sub_title?: string;
  /** 卖点1内容 */
  sub_title1?: string;
  /** 卖点2内容 */
  sub_title2?: string;
  /** 卖点1名称 */
  title1?: string;
  /** 卖点2名称 */
  title2?: string;
  /** 门店来控制本门店是否在app上让该商品可见，? 1可见? 0不可见 */
  online_sale_flag?: Int64Input;
  /** 大仓向门店配货的单位；淘鲜达合作商家默认填与库存单位一致的值 */
  delivery_unit?: string;
  /** 一个配货单位等于多少个库存单位；淘鲜达合作商家填默认值1 */
  delivery_spec?: string;
  /** 商品到本仓的来源；淘鲜达商家填默认值“直配”(1:统配，2:直配，3:越库，4：自产；5：调拨)， 基于采配链路的要求，加工品是不能够做直配的物流模式的，必须维护自产或者统配，目前包了一层逻辑“针对加工成品和加工半成品，如果是直配就转成自产” */
  delivery_way?: string;
  /** 商品关联的物流中心，DC。配送物流；配送方式是直配，此项不填（输入物流中心编码） */
  logistics?: string;
  /** 配出仓,配货仓；配送方式是直配，此项不填(输入仓库编码) */
  delivery_warehouse?: string;
  /** 会员正常购买该商品的售价，2位小数，单位:元 */
  member_price?: string;
  /** 商品作为原料时对应的单位；淘鲜达合作商家默认填与库存单位一致的值 */
  cost_unit?: string;
  /** 商品加工所消耗的直接原料成本，去税；加工商品必填，加工品按照原料的消耗估算出的成本。因为淘鲜达暂不涉及成本计算，建议淘鲜达商家填默认值1，单位:元 */
  cost_no_price?: string;
  /** 商品加工所消耗的直接原料成本，含税，加工商品必填，加工品按照原料的消耗估算出的成本。因为淘鲜达暂不涉及成本计算，建议淘鲜达商家填默认值1，单位:元 */
  cost_tax_price?: string;
  /** 一个库存单位对应多少个成本单位，原料加工的成本单位和存储单位之间的换算。因为淘鲜达暂不涉及成本计算，建议淘鲜达商家填默认值1 */
  cost_exchange_rate?: string;
  /** 商品中对于加工可用的比例占整个商品的百分比；从原料到加工可用的原料之间的转化率。为了简化BOM的使用，建议淘鲜达商家填默认值1。 */
  mass_output_rate?: string;
  /** 每一组加工生产的单位，加工商品必填，仅当商品为加工品的时候，才能填写。从计量单位表中选择；淘鲜达合作商家默认填与库存单位一致的值 */
  processing_unit?: string;
  /** 一组加工单位对应多少个库存单位商品；加工商品必填，每一个加工单位对应的存储单位数量。为了简化BOM的使用，建议淘鲜达商家填默认值1。 */
  procs_exchange_rate?: string;
  /** 存储条件；填常温、冷藏、冷冻、热链、鲜活 */
  storage?: string;
  /** 商品拣货时可以超拣的比例，针对非标品。建议淘鲜达商家填默认值0 */
  pick_float_rate?: string;
  /** 禁收时限；收货日期-商品生产日期<限收时限 才允许收货。建议淘鲜达商家填默认值为保质期天数。或按进口商品保质期天数的2/3、非进口商品的1/2填写 */
  forbid_receive_days?: Int64Input;
  /** 商品生产日期+保质期-当前日期<禁售时限，不能出库销售。建议淘鲜达商家填默认值0。 */
  forbid_sales_days?: Int64Input;
  /** 商品收货时可以超过订货数量多少百分比进行收货；非标品供应商送货入库时，允许超收的比例。淘鲜达合作商家填默认值0 */
  overload_rate?: string;
  /** 库存监控报表中，剩余天数少于该天数时需要预警，建议淘鲜达商家填默认值0 */
  warn_days?: Int64Input;
  /** 商品在门店是否在前场陈列；淘鲜达合作商家用不到， 0：否? 1：是 */
  front_display_flag?: Int64Input;
  /** 商品是否是供应商为企业进行定制；淘鲜达合作商家填默认值0， 0 否? 1 是 */
  fixed_flag?: Int64Input;
  /** 一个采购单位等于多少个库存单位，淘鲜达合作商家默认填1 */
  purchase_spec?: string;
  /** 商品针对供应商订货时，对应的单位；淘鲜达合作商家默认填与库存单位一致的值 */
  purchase_unit?: string;
  /** 标价签类型；商品在门店陈列时，采用的售价标签类型。因不采用电子价签，建议淘鲜达商家填默认值“无价签” */
  label_style_type?: string;
  /** 文描,（同字段txt_desc）；优先使用本字段 */
  rich_text?: string;
  /** 平台类目编码（同字段hm_category_code），需要商家把自己的类目对应到平台的类目上，此字段暂时只能支持3、4级类目修改；优先使用本字段 */
  back_cat_code?: string;
  /** 门店商品售价（同字段sale_price），单位:元；优先使用本字段 */
  sku_price?: string;
  /** 商品的保质期天数（同字段shelf_life），必须为整数，0代表不管理保质期；优先使用本字段 */
  period?: Int64Input;
  /** 商品类型（同字段sku_type）1:普通商品、2:加工半成品、3:加工成品、4:原材料、5:耗材；优先使用本字段 */
  item_type_new?: Int64Input;
  /** 商家后台类目编码（同字段category_code），优先使用本字段 */
  merchant_cat_code?: string;
  /** 在app上显示的商品图片cdn地址（同字段main_pic_urls和detail_pic_urls），https开头，多个图片用英文逗号切割。第一张图片会作为主图；优先使用本字段 */
  sku_pic_urls?: string;
  /** 供货商信息 */
  sku_suppliers?: AlibabaWdkSkuUpdateSkuSupplierDoInput[];
  /** 库存单位 */
  inventory_unit?: string;
  /** 渠道编码，默认为4淘鲜达渠道、3对应饿了么渠道、-1对应批发渠道 */
  channel_code?: string;
  /** 产地，商品生产地点的描述，用于APP和电子价签展示，如果是可售，则必填 */
  producer_place?: string;
  /** 是否清空会员价, 1清空会员价（操作之后没有会员价），0不清空会员价 */
  clean_sku_member_price?: Int64Input;
  /**
   * 修改条码策略，默认为策略3。
   * 如商品现有主条码barcode1、非主条码barcode2
   * 1、新增barcodes指定了新的主条码barcode3,会将原主条码barcde1改为非主条码,最终商品有三个条码,即:非主条码barcde1、非主条码barcode2、主条码barcode3
   * 2、删除barcodes对应条码，除了主条码
   * 3、替换主条码 则会将现有主条码删除,新增指定主条码,只认barcodes中第一个条码，商品最终结果条码个数为两个条码:非主条码barcode2、主条码barcode3
   * 4、除主条码外,所有条码替换为指定barcodes,不支持主条码修改。如果barcodes中为barcode3,barcode4,则商品最终条码为:主条码barcode1,非barcode3,barcode4。其中非主条码barcode2被删除
   */
  barcode_update_type?: Int64Input;
  /** 行业属性 */
  industry_props?: AlibabaWdkSkuUpdateIndustryPropDoInput;
  /** forest类目id */
  forest_cate_id?: Int64Input;
  /** 税收编码 */
  tax_code?: string;
  /** 是否易碎品标记，0否1是 */
  fragile_flag?: Int64Input;
  /** 配送条件；填常温、冷藏、冷冻 */
  delivery_storage?: string;
  /** 淘宝旗舰店同品信息，同城零售使用 */
  flagship_store_item_info?: string;
  /** 是否现制现卖，0否1是；比如蛋糕只有下了单才能开始制作 */
  temporary_flag?: Int64Input;
  /** 聚合之后的产品id，商家需要保存该值 */
  product_identity?: string;
  /** 业务类型：txd淘鲜达，elm饿了么，shareStore共享库存，默认txd */
  biz_type?: string;
  /** 渠道属性 */
  channel_props?: AlibabaWdkSkuUpdateChannelPropInput[];
}

/** `SkuSupplierDo` of `alibaba.wdk.sku.update`. */
export interface AlibabaWdkSkuUpdateSkuSupplierDoInput {
  /** 商品针对该供应商是否可以退货；因为淘鲜达商家不使用平台的采配功能，建议传默认值， 1：是 0：否（默认为0） */
  return_flag?: Int64Input;
  /** 最小起订量 */
  minimum?: string;
  /** 采购单价；淘鲜达合作商家填默认值0；单位:元 */
  purchase_price?: string;
  /** 供应商编码 */
  supplier_no?: string;
  /** 供应商编码名称 */
  supplier_name?: string;
  /** 是否主供应商 1是主供应商 0非主供 */
  main_flag?: Int64Input;
}

/** `IndustryPropDo` of `alibaba.wdk.sku.update`. */
export interface AlibabaWdkSkuUpdateIndustryPropDoInput {
  /** 行业对应的属性 */
  props?: AlibabaWdkSkuUpdatePropDoInput[];
  /** 行业类型 */
  industry_type?: string;
}

/** `PropDo` of `alibaba.wdk.sku.update`. */
export interface AlibabaWdkSkuUpdatePropDoInput {
  /** 是否移除该属性 */
  remove_opt?: boolean;
  /** 行业属性值 */
  value?: string;
  /** 行业属性 */
  key?: string;
}

/** `ChannelProp` of `alibaba.wdk.sku.update`. */
export interface AlibabaWdkSkuUpdateChannelPropInput {
  /** 渠道属性，取值为key-value键值对形式 */
  props?: AlibabaWdkSkuUpdatePropFieldInput[];
  /** 渠道类型：txd淘鲜达，elm饿了么，shareStore共享库存 */
  channel_type?: string;
}

/** `PropField` of `alibaba.wdk.sku.update`. */
export interface AlibabaWdkSkuUpdatePropFieldInput {
  /** 渠道属性value，取值见key定义 */
  value?: string;
  /** 渠道属性key, 取值为"ONE_HOUR_STATUS" 代表小时达，value=0表示不可售, value=1表示可售；"WAVE_ARRIVE_STATUS" 代表波次达，value=0表示不可售,value=1表示可售 */
  key?: string;
}

/** `ApiResults` of `alibaba.wdk.sku.update`. */
export interface AlibabaWdkSkuUpdateApiResults {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 各条记录结果 */
  models?: AlibabaWdkSkuUpdateApiResult[];
  /** 接口调用成功标志 */
  success?: boolean;
}

/** `ApiResult` of `alibaba.wdk.sku.update`. */
export interface AlibabaWdkSkuUpdateApiResult {
  /** sku编码 */
  model?: string;
  /** sku商品操作成功标志 */
  success?: boolean;
  /** sku商品操作错误信息 */
  err_msg?: string;
  /** sku商品操作错误码 */
  err_code?: string;
  /** 聚合之后的产品id，商家需要保存该值 */
  product_id?: string;
}

const REQUEST_SCHEMA = {
  param_list: [
    {
      ou_code: 'String',
      sku_code: 'String',
      barcodes: 'String',
      sku_name: 'String',
      main_pic_urls: 'String',
      detail_pic_urls: 'String',
      shelf_life: 'Number',
      brand_name: 'String',
      tax_rate: 'String',
      suggested_price: 'String',
      weight_flag: 'Number',
      org_no: 'String',
      weight: 'String',
      height: 'String',
      width: 'String',
      length: 'String',
      hm_category_code: 'String',
      short_title: 'String',
      txt_desc: 'String',
      category_code: 'String',
      invoice_content: 'String',
      import_flag: 'Number',
      net_content: 'String',
      accounting_category: 'String',
      sale_unit: 'String',
      sale_price: 'String',
      life_status: 'String',
      sale_spec: 'String',
      avg_weight: 'String',
      pre_minus_weight: 'String',
      step_quantity: 'Number',
      purchase_quantity: 'Number',
      sku_label_type: 'String',
      allow_app_sale: 'Number',
      sub_title: 'String',
      sub_title1: 'String',
      sub_title2: 'String',
      title1: 'String',
      title2: 'String',
      online_sale_flag: 'Number',
      delivery_unit: 'String',
      delivery_spec: 'String',
      delivery_way: 'String',
      logistics: 'String',
      delivery_warehouse: 'String',
      member_price: 'String',
      cost_unit: 'String',
      cost_no_price: 'String',
      cost_tax_price: 'String',
      cost_exchange_rate: 'String',
      mass_output_rate: 'String',
      processing_unit: 'String',
      procs_exchange_rate: 'String',
      storage: 'String',
      pick_float_rate: 'String',
      forbid_receive_days: 'Number',
      forbid_sales_days: 'Number',
      overload_rate: 'String',
      warn_days: 'Number',
      front_display_flag: 'Number',
      fixed_flag: 'Number',
      purchase_spec: 'String',
      purchase_unit: 'String',
      label_style_type: 'String',
      rich_text: 'String',
      back_cat_code: 'String',
      sku_price: 'String',
      period: 'Number',
      item_type_new: 'Number',
      merchant_cat_code: 'String',
      sku_pic_urls: 'String',
      sku_suppliers: [
        {
          return_flag: 'Number',
          minimum: 'String',
          purchase_price: 'String',
          supplier_no: 'String',
          supplier_name: 'String',
          main_flag: 'Number',
        },
      ],
      inventory_unit: 'String',
      channel_code: 'String',
      producer_place: 'String',
      clean_sku_member_price: 'Number',
      barcode_update_type: 'Number',
      industry_props: {
        props: [
          {
            remove_opt: 'Boolean',
            value: 'String',
            key: 'String',
          },
        ],
        industry_type: 'String',
      },
      forest_cate_id: 'Number',
      tax_code: 'String',
      fragile_flag: 'Number',
      delivery_storage: 'String',
      flagship_store_item_info: 'String',
      temporary_flag: 'Number',
      product_identity: 'String',
      biz_type: 'String',
      channel_props: [
        {
          props: [
            {
              value: 'String',
              key: 'String',
            },
          ],
          channel_type: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    models: [
      {
        model: 'String',
        success: 'Boolean',
        err_msg: 'String',
        err_code: 'String',
        product_id: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.update`: method, response root, request and response schemas. */
export const alibabaWdkSkuUpdateOperation = {
  method: 'alibaba.wdk.sku.update',
  responseRoot: 'alibaba_wdk_sku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新商品 — calls TOP method `alibaba.wdk.sku.update`.
 *
 * 开放商品更新接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuUpdate(
  client: TopClient,
  request: AlibabaWdkSkuUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuUpdateResponse> {
  return client.call<AlibabaWdkSkuUpdateResponse>(
    {
      method: 'alibaba.wdk.sku.update',
      responseRoot: 'alibaba_wdk_sku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
