// Generated from specs/qimen/taobao.qimen.deliveryorder.batchcreate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.deliveryorder.batchcreate` (发货单创建批量接口). */
export interface TaobaoQimenDeliveryorderBatchcreateRequest {
  request?: TaobaoQimenDeliveryorderBatchcreateDeliveryOrderBatchCreateRequestInput;
}

/** Response of `taobao.qimen.deliveryorder.batchcreate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenDeliveryorderBatchcreateResponse {
  response?: TaobaoQimenDeliveryorderBatchcreateDeliveryOrderBatchCreateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryOrderBatchCreateRequest` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateDeliveryOrderBatchCreateRequestInput {
  /** 订单信息 */
  orders?: TaobaoQimenDeliveryorderBatchcreateOrderInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Order` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateOrderInput {
  /** 发货单信息 */
  deliveryOrder?: TaobaoQimenDeliveryorderBatchcreateDeliveryOrderInput;
  /** 单据列表 */
  orderLines?: TaobaoQimenDeliveryorderBatchcreateOrderLineInput[];
}

/** `DeliveryOrder` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateDeliveryOrderInput {
  /** 出库单号 */
  deliveryOrderCode: string;
  /** 原出库单号(ERP分配) */
  preDeliveryOrderCode?: string;
  /** 原出库单号(WMS分配) */
  preDeliveryOrderId?: string;
  /** 出库单类型(JYCK=一般交易出库单;HHCK=换货出库单;BFCK=补发出库单;QTCK=其他出库单) */
  orderType: string;
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode: string;
  /** 订单标记(用字符串格式来表示订单标记列表:例如COD=货到付款;LIMIT=限时配 送;PRESELL=预 售;COMPLAIN=已投诉;SPLIT=拆单;EXCHANGE=换货;VISIT=上 门;MODIFYTRANSPORT=是否 可改配送方式;CONSIGN = 物流宝代理发货;SELLER_AFFORD=是否卖家承担运费;FENXIAO=分销订 单) */
  orderFlag?: string;
  /** 订单来源平台编码(TB=淘宝、TM=天猫、JD=京东、DD=当当、PP=拍拍、YX= 易讯、 EBAY=ebay、QQ=QQ网购、AMAZON=亚马逊、SN=苏宁、GM=国美、WPH=唯品会、 JM=聚美、LF=乐蜂 、MGJ=蘑菇街、 JS=聚尚、PX=拍鞋、YT=银泰、YHD=1号店、VANCL=凡客、YL=邮乐、YG=优购、1688=阿 里巴巴、POS=POS门店、 MIA=蜜芽、OTHER=其他(只传英文编 码)) */
  sourcePlatformCode: string;
  /** 订单来源平台名称 */
  sourcePlatformName?: string;
  /** 发货单创建时间(YYYY-MM-DD HH:MM:SS) */
  createTime: string;
  /** 前台订单/店铺订单的创建时间/下单时间 */
  placeOrderTime: string;
  /** 订单支付时间(YYYY-MM-DD HH:MM:SS) */
  payTime?: string;
  /** 支付平台交易号 */
  payNo?: string;
  /** 操作员(审核员)编码 */
  operatorCode?: string;
  /** 操作员(审核员)名称 */
  operatorName?: string;
  /** 操作(审核)时间(YYYY-MM-DD HH:MM:SS) */
  operateTime: string;
  /** 店铺名称 */
  shopNick: string;
  /** 卖家名称 */
  sellerNick?: string;
  /** 买家昵称 */
  buyerNick?: string;
  /** 订单总金额(订单总金额=应收金额+已收金额=商品总金额-订单折扣金额+快递费用 ;单位 元) */
  totalAmount?: string;
  /** 商品总金额(元) */
  itemAmount?: string;
  /** 订单折扣金额(元) */
  discountAmount?: string;
  /** 快递费用(元) */
  freight?: string;
  /** 应收金额(消费者还需要支付多少--货到付款时消费者还需要支付多少约定使用这个字 段;单位元 ) */
  arAmount?: string;
  /** 已收金额(消费者已经支付多少;单位元) */
  gotAmount?: string;
  /** COD服务费 */
  serviceFee?: string;
  /** 物流公司编码(SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通 、ZTO=中 通(ZTO)、HTKY=百世汇通、UC=优速、STO=申通、TTKDEX=天天快递、QFKD=全 峰、FAST=快捷 、POSTB=邮政小包、 GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅配、AMAZON=亚马逊物流、 OTHER=其他) */
  logisticsCode: string;
  /** 物流公司名称 */
  logisticsName?: string;
  /** 运单号 */
  expressCode?: string;
  /** 快递区域编码 */
  logisticsAreaCode?: string;
  /** 发货要求 */
  deliveryRequirements?: TaobaoQimenDeliveryorderBatchcreateDeliveryRequirementsInput;
  /** 发件人信息 */
  senderInfo?: TaobaoQimenDeliveryorderBatchcreateSenderInfoInput;
  /** 收件人信息 */
  receiverInfo?: TaobaoQimenDeliveryorderBatchcreateReceiverInfoInput;
  /** 是否紧急(Y/N;默认为N) */
  isUrgency?: string;
  /** 是否需要发票(Y/N;默认为N) */
  invoiceFlag?: string;
  /** 发票信息 */
  invoices?: TaobaoQimenDeliveryorderBatchcreateInvoiceInput[];
  /** 是否需要保险(Y/N;默认为N) */
  insuranceFlag?: string;
  /** 保险信息 */
  insurance?: TaobaoQimenDeliveryorderBatchcreateInsuranceInput;
  /** 买家留言 */
  buyerMessage?: string;
  /** 卖家留言 */
  sellerMessage?: string;
  /** 备注 */
  remark?: string;
  /** 服务编码 */
  serviceCode?: string;
  /** 平台订单号 */
  oaidOrderSourceCode?: string;
}

/** `DeliveryRequirements` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateDeliveryRequirementsInput {
  /** 投递时延要求(1=工作日;2=节假日;101=当日达;102=次晨达;103=次日达;104= 预约 达) */
  scheduleType?: Int64Input;
  /** 要求送达日期(YYYY-MM-DD) */
  scheduleDay?: string;
  /** 投递时间范围要求(开始时间;格式：HH:MM:SS) */
  scheduleStartTime?: string;
  /** 投递时间范围要求(结束时间;格式：HH:MM:SS) */
  scheduleEndTime?: string;
  /** 发货服务类型(PTPS:普通配送;LLPS:冷链配送;HBP:环保配) */
  deliveryType?: string;
}

/** `SenderInfo` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateSenderInfoInput {
  /** 公司名称 */
  company?: string;
  /** 姓名 */
  name: string;
  /** 邮编 */
  zipCode?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile: string;
  /** 电子邮箱 */
  email?: string;
  /** 国家二字码 */
  countryCode?: string;
  /** 省份 */
  province: string;
  /** 城市 */
  city: string;
  /** 区域 */
  area?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detailAddress: string;
}

/** `ReceiverInfo` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateReceiverInfoInput {
  /** 公司名称 */
  company?: string;
  /** 姓名 */
  name: string;
  /** 邮编 */
  zipCode?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile: string;
  /** 收件人证件类型(1-身份证、2-军官证、3-护照、4-其他) */
  idType?: string;
  /** 收件人证件号码 */
  idNumber?: string;
  /** 电子邮箱 */
  email?: string;
  /** 国家二字码 */
  countryCode?: string;
  /** 省份 */
  province: string;
  /** 城市 */
  city: string;
  /** 区域 */
  area?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detailAddress: string;
  /** oaid */
  oaid?: string;
}

/** `Invoice` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateInvoiceInput {
  /** 发票类型(INVOICE=普通发票;VINVOICE=增值税普通发票;EVINVOICE=电子增票;填写的 条件 是:invoiceFlag为Y) */
  type?: string;
  /** 发票抬头(填写的条件是:invoiceFlag为Y) */
  header?: string;
  /** 发票总金额(填写的条件是:invoiceFlag为Y) */
  amount?: string;
  /** 发票内容(不推荐使用) */
  content?: string;
  /** 订单详情 */
  detail?: TaobaoQimenDeliveryorderBatchcreateDetailInput;
  /** 税号 */
  taxNumber?: string;
}

/** `Detail` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateDetailInput {
  /** 商品列表 */
  items?: TaobaoQimenDeliveryorderBatchcreateItemInput[];
}

/** `Item` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateItemInput {
  /** 商品名称 */
  itemName?: string;
  /** 商品单位 */
  unit?: string;
  /** 商品单价 */
  price?: string;
  /** 数量 */
  quantity?: Int64Input;
  /** 金额 */
  amount?: string;
}

/** `Insurance` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateInsuranceInput {
  /** 保险类型 */
  type?: string;
  /** 保险金额 */
  amount?: string;
}

/** `OrderLine` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateOrderLineInput {
  /** 单据行号 */
  orderLineNo?: string;
  /** 交易平台订单 */
  sourceOrderCode?: string;
  /** 交易平台子订单编码 */
  subSourceOrderCode?: string;
  /** 支付平台交易号(淘系订单传支付宝交易号) */
  payNo?: string;
  /** 货主编码 */
  ownerCode: string;
  /** 商品编码 */
  itemCode: string;
  /** 仓储系统商品编码 */
  itemId?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS= 箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventoryType?: string;
  /** 商品名称 */
  itemName?: string;
  /** 交易平台商品编码 */
  extCode?: string;
  /** 应发商品数量 */
  planQty: Int64Input;
  /** 零售价(零售价=实际成交价+单件商品折扣金额) */
  retailPrice?: string;
  /** 实际成交价 */
  actualPrice: string;
  /** 单件商品折扣金额 */
  discountAmount?: string;
  /** 批次编码 */
  batchCode?: string;
  /** 生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 过期日期(YYYY-MM-DD) */
  expireDate?: string;
}

/** `DeliveryOrderBatchCreateResponse` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateDeliveryOrderBatchCreateResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 订单详情 */
  orders?: TaobaoQimenDeliveryorderBatchcreateOrder[];
}

/** `Order` of `taobao.qimen.deliveryorder.batchcreate`. */
export interface TaobaoQimenDeliveryorderBatchcreateOrder {
  /** 出错的出库单号 */
  deliveryOrderCode?: string;
  /** 出错信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    orders: [
      {
        deliveryOrder: {
          deliveryOrderCode: 'String',
          preDeliveryOrderCode: 'String',
          preDeliveryOrderId: 'String',
          orderType: 'String',
          warehouseCode: 'String',
          orderFlag: 'String',
          sourcePlatformCode: 'String',
          sourcePlatformName: 'String',
          createTime: 'String',
          placeOrderTime: 'String',
          payTime: 'String',
          payNo: 'String',
          operatorCode: 'String',
          operatorName: 'String',
          operateTime: 'String',
          shopNick: 'String',
          sellerNick: 'String',
          buyerNick: 'String',
          totalAmount: 'String',
          itemAmount: 'String',
          discountAmount: 'String',
          freight: 'String',
          arAmount: 'String',
          gotAmount: 'String',
          serviceFee: 'String',
          logisticsCode: 'String',
          logisticsName: 'String',
          expressCode: 'String',
          logisticsAreaCode: 'String',
          deliveryRequirements: {
            scheduleType: 'Number',
            scheduleDay: 'String',
            scheduleStartTime: 'String',
            scheduleEndTime: 'String',
            deliveryType: 'String',
          },
          senderInfo: {
            company: 'String',
            name: 'String',
            zipCode: 'String',
            tel: 'String',
            mobile: 'String',
            email: 'String',
            countryCode: 'String',
            province: 'String',
            city: 'String',
            area: 'String',
            town: 'String',
            detailAddress: 'String',
          },
          receiverInfo: {
            company: 'String',
            name: 'String',
            zipCode: 'String',
            tel: 'String',
            mobile: 'String',
            idType: 'String',
            idNumber: 'String',
            email: 'String',
            countryCode: 'String',
            province: 'String',
            city: 'String',
            area: 'String',
            town: 'String',
            detailAddress: 'String',
            oaid: 'String',
          },
          isUrgency: 'String',
          invoiceFlag: 'String',
          invoices: [
            {
              type: 'String',
              header: 'String',
              amount: 'String',
              content: 'String',
              detail: {
                items: [
                  {
                    itemName: 'String',
                    unit: 'String',
                    price: 'String',
                    quantity: 'Number',
                    amount: 'String',
                  },
                ],
              },
              taxNumber: 'String',
            },
          ],
          insuranceFlag: 'String',
          insurance: {
            type: 'String',
            amount: 'String',
          },
          buyerMessage: 'String',
          sellerMessage: 'String',
          remark: 'String',
          serviceCode: 'String',
          oaidOrderSourceCode: 'String',
        },
        orderLines: [
          {
            orderLineNo: 'String',
            sourceOrderCode: 'String',
            subSourceOrderCode: 'String',
            payNo: 'String',
            ownerCode: 'String',
            itemCode: 'String',
            itemId: 'String',
            inventoryType: 'String',
            itemName: 'String',
            extCode: 'String',
            planQty: 'Number',
            retailPrice: 'String',
            actualPrice: 'String',
            discountAmount: 'String',
            batchCode: 'String',
            productDate: 'String',
            expireDate: 'String',
          },
        ],
      },
    ],
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    orders: [
      {
        deliveryOrderCode: 'String',
        message: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.deliveryorder.batchcreate`: method, response root, request and response schemas. */
export const taobaoQimenDeliveryorderBatchcreateOperation = {
  method: 'taobao.qimen.deliveryorder.batchcreate',
  responseRoot: 'qimen_deliveryorder_batchcreate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货单创建批量接口 — calls TOP method `taobao.qimen.deliveryorder.batchcreate`.
 *
 * taobao.qimen.deliveryorder.batchcreate
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenDeliveryorderBatchcreate(
  client: TopClient,
  request: TaobaoQimenDeliveryorderBatchcreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenDeliveryorderBatchcreateResponse> {
  return client.call<TaobaoQimenDeliveryorderBatchcreateResponse>(
    {
      method: 'taobao.qimen.deliveryorder.batchcreate',
      responseRoot: 'qimen_deliveryorder_batchcreate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
