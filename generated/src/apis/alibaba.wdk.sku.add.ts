// Generated from specs/wdk/alibaba.wdk.sku.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.add` (新增商品). */
export interface AlibabaWdkSkuAddRequest {
  /**
   * 商品列表
   *
   * Max list size: 20
   */
  param_list: AlibabaWdkSkuAddSkuDoInput[];
}

/** Response of `alibaba.wdk.sku.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuAddResponse {
  /** 调用结果 */
  result?: AlibabaWdkSkuAddApiResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SkuDo` of `alibaba.wdk.sku.add`. */
export interface AlibabaWdkSkuAddSkuDoInput {
  /** 条码，支持一品多码,多个条码以半角逗号分隔 */
  barcodes?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 商家后台类目编码 */
  category_code?: string;
  /** 门店或DC编码 */
  ou_code?: string;
  /** 高度（高） */
  height?: string;
  /** 库存单位 */
  inventory_unit?: string;
  /** 长度(深) */
  length?: string;
  /** 主图图片地址 */
  main_pic_urls?: string;
  /** 生产商地址 */
  manufacturer_address?: string;
  /** 生产商名称 */
  manufacturer_name?: string;
  /** 详情图片地址 */
  detail_pic_urls?: string;
  /** 产地，商品生产地点的描述，用于APP和电子价签展示，如果是可售，则必填 */
  producer_place?: string;
  /** 保质期天数，商品的保质期（单位：天）,0表示没有保质期 */
  shelf_life?: Int64Input;
  /** 商品唯一编码 */
  sku_code?: string;
  /** 名称，对商品直观的描述，通常包含了品牌、规格等信息 */
  sku_name?: string;
  /** 类型 1:普通商品、2:加工半成品、3:加工成品、4:原材料、5:耗材； 如果是新增商家产品，字段含义是货品类型，1普通商品、2赠品、3包材、4耗材、5组合商品、6分销商品、7附属品、8虚拟商品、9其他、10直投广告、11原材料、13加工产成品 */
  sku_type?: Int64Input;
  /** 产品标准号 */
  standard_no?: string;
  /** 存储条件类型 241=常温,242=冷藏,243=冷冻,635=热链,636=室温,637=鲜活 */
  storage_type?: Int64Input;
  /** 建议零售价，单位:元 */
  suggested_price?: string;
  /** 销项税率 */
  tax_rate?: string;
  /** 单品重量 单位为克/g，必须为整数 */
  weight?: string;
  /** 是否称重 标识商品是否是称重商品? 1：是0：否（默认为0） */
  weight_flag?: Int64Input;
  /** 宽度（宽） */
  width?: string;
  /** 平台后台类目编码 */
  hm_category_code?: string;
  /** 商品短标题 */
  short_title?: string;
  /** 文描 */
  txt_desc?: string;
  /** 开票内容 */
  invoice_content?: string;
  /** 输入开票内容 */
  input_invoice_content?: string;
  /** 财务核算分类 */
  accounting_category?: string;
  /** 净含量 */
  net_content?: string;
  /** 是否进口，是1，否0，默认非进口 */
  import_flag?: Int64Input;
  /** 销售单位 */
  sale_unit?: string;
  /** 商品销售价格，单位:元 */
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
  sku_suppliers?: AlibabaWdkSkuAddSkuSupplierDoInput[];
  /** 行业属性 */
  industry_props?: AlibabaWdkSkuAddIndustryPropDoInput;
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
  /** 产品聚合码，程序会把聚合码相同的sku聚合到一起；比如衣服有大中小号3中sku，通过聚合码聚合到一起；该字段在同城零售发布场景才能使用 */
  product_identity?: string;
  /** 业务类型：txd淘鲜达，elm饿了么，shareStore共享库存，默认txd */
  biz_type?: string;
  /** 渠道属性 */
  channel_props?: AlibabaWdkSkuAddChannelPropInput[];
  /** 1一品多码（只支持非称重品） */
  spec_type?: string;
  /** 与母商品的库存转换系数，例如10，则转换到母商品的库存为10*此商品的库存，可空，当新增一品多规格品的时候不能为空 */
  trans_ratio?: string;
  /** 母商品的sku_code可空，当新增一品多规格品的时候不能为空 */
  parent_sku_code?: string;
  /** 是否线上的品 1:是 0:否 */
  is_online?: Int64Input;
}

/** `SkuSupplierDo` of `alibaba.wdk.sku.add`. */
export interface AlibabaWdkSkuAddSkuSupplierDoInput {
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

/** `IndustryPropDo` of `alibaba.wdk.sku.add`. */
export interface AlibabaWdkSkuAddIndustryPropDoInput {
  /** 行业类型 */
  industry_type?: string;
  /** 行业对应的属性 */
  props?: AlibabaWdkSkuAddPropDoInput[];
}

/** `PropDo` of `alibaba.wdk.sku.add`. */
export interface AlibabaWdkSkuAddPropDoInput {
  /** 行业属性 */
  key?: string;
  /** 类目属性值 */
  value?: string;
  /** 是否移除该属性 */
  remove_opt?: boolean;
}

/** `ChannelProp` of `alibaba.wdk.sku.add`. */
export interface AlibabaWdkSkuAddChannelPropInput {
  /** 渠道类型：txd淘鲜达，elm饿了么，shareStore共享库存 */
  channel_type?: string;
  /** 渠道属性，取值为key-value键值对形式 */
  props?: AlibabaWdkSkuAddPropFieldInput[];
}

/** `PropField` of `alibaba.wdk.sku.add`. */
export interface AlibabaWdkSkuAddPropFieldInput {
  /** 渠道属性value，取值见key定义 */
  value?: string;
  /** 渠道属性key, 取值为"ONE_HOUR_STATUS" 代表小时达，value=0表示不可售, value=1表示可售；"WAVE_ARRIVE_STATUS" 代表波次达，value=0表示不可售,value=1表示可售 */
  key?: string;
}

/** `ApiResults` of `alibaba.wdk.sku.add`. */
export interface AlibabaWdkSkuAddApiResults {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** models */
  models?: AlibabaWdkSkuAddApiResult[];
  /** 接口返回成功标志 */
  success?: boolean;
}

/** `ApiResult` of `alibaba.wdk.sku.add`. */
export interface AlibabaWdkSkuAddApiResult {
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 单个商品新增是否成功 */
  success?: boolean;
  /** skuCode商品编码 */
  model?: string;
  /** 聚合之后的产品id，商家需要保存该值 */
  product_id?: string;
}

const REQUEST_SCHEMA = {
  param_list: [
    {
      barcodes: 'String',
      brand_name: 'String',
      category_code: 'String',
      ou_code: 'String',
      height: 'String',
      inventory_unit: 'String',
      length: 'String',
      main_pic_urls: 'String',
      manufacturer_address: 'String',
      manufacturer_name: 'String',
      detail_pic_urls: 'String',
      producer_place: 'String',
      shelf_life: 'Number',
      sku_code: 'String',
      sku_name: 'String',
      sku_type: 'Number',
      standard_no: 'String',
      storage_type: 'Number',
      suggested_price: 'String',
      tax_rate: 'String',
      weight: 'String',
      weight_flag: 'Number',
      width: 'String',
      hm_category_code: 'String',
      short_title: 'String',
      txt_desc: 'String',
      invoice_content: 'String',
      input_invoice_content: 'String',
      accounting_category: 'String',
      net_content: 'String',
      import_flag: 'Number',
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
      industry_props: {
        industry_type: 'String',
        props: [
          {
            key: 'String',
            value: 'String',
            remove_opt: 'Boolean',
          },
        ],
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
          channel_type: 'String',
          props: [
            {
              value: 'String',
              key: 'String',
            },
          ],
        },
      ],
      spec_type: 'String',
      trans_ratio: 'String',
      parent_sku_code: 'String',
      is_online: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    models: [
      {
        err_code: 'String',
        err_msg: 'String',
        success: 'Boolean',
        model: 'String',
        product_id: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.add`: method, response root, request and response schemas. */
export const alibabaWdkSkuAddOperation = {
  method: 'alibaba.wdk.sku.add',
  responseRoot: 'alibaba_wdk_sku_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增商品 — calls TOP method `alibaba.wdk.sku.add`.
 *
 * 创建RT门店商品或DC商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuAdd(
  client: TopClient,
  request: AlibabaWdkSkuAddRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuAddResponse> {
  return client.call<AlibabaWdkSkuAddResponse>(
    {
      method: 'alibaba.wdk.sku.add',
      responseRoot: 'alibaba_wdk_sku_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
